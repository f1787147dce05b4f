package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.GeneratorConfig.Ordering;
import dev.mdquiz.generator.model.Markup;
import dev.mdquiz.generator.model.QuizSettings;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.Section;
import dev.mdquiz.generator.model.SectionInfo;
import dev.mdquiz.generator.internal.parse.BankParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Arrange stage: groups quizzes into sections, one per folder, and puts both in course order: front matter
 * {@code order} first, then file names (numbers by value) or titles, as configured.
 */
public final class SiteLayout {
    private final Map<String, SectionInfo> infos;
    private final Ordering ordering;

    public SiteLayout(Map<String, SectionInfo> infos, Ordering ordering) {
        this.infos = infos;
        this.ordering = ordering;
    }

    public List<Section> arrange(List<Quiz> quizzes) {
        Map<String, List<Quiz>> byFolder = new TreeMap<>();
        for (Quiz quiz : quizzes) {
            byFolder.computeIfAbsent(folderOf(quiz.id()), folder -> new ArrayList<>()).add(quiz);
        }
        List<String> folders = new ArrayList<>(byFolder.keySet());
        folders.sort(this::compareFolders);
        Map<String, Section> sections = new LinkedHashMap<>();
        for (String folder : folders) {
            List<Quiz> members = new ArrayList<>(byFolder.get(folder));
            members.sort(quizOrder());
            SectionInfo info = infos.get(folder);
            Markup intro = info == null ? Markup.EMPTY : info.intro();
            sections.put(folder, new Section(folder, title(folder), intro, members));
        }
        return List.copyOf(sections.values());
    }

    /** Every quiz in course order, as previous/next links follow it. */
    public static List<Quiz> sequence(List<Section> sections) {
        return sections.stream().flatMap(section -> section.quizzes().stream()).toList();
    }

    private Comparator<Quiz> quizOrder() {
        Comparator<Quiz> byOrder = Comparator.comparingInt(quiz -> quiz.settings().order());
        Comparator<Quiz> byName = ordering == Ordering.TITLE
                ? Comparator.comparing(Quiz::title, NaturalOrder.INSTANCE)
                : Comparator.comparing(quiz -> fileName(quiz.id()), NaturalOrder.INSTANCE);
        return byOrder.thenComparing(byName).thenComparing(Quiz::id);
    }

    /** Folder by folder from the top: a folder's own order, then its name; the top level comes first. */
    private int compareFolders(String a, String b) {
        String[] left = a.isEmpty() ? new String[0] : a.split("/");
        String[] right = b.isEmpty() ? new String[0] : b.split("/");
        for (int level = 0; level < Math.min(left.length, right.length); level++) {
            String leftPath = String.join("/", java.util.Arrays.copyOf(left, level + 1));
            String rightPath = String.join("/", java.util.Arrays.copyOf(right, level + 1));
            int result = Integer.compare(orderOf(leftPath), orderOf(rightPath));
            if (result == 0) {
                result = ordering == Ordering.TITLE
                        ? NaturalOrder.INSTANCE.compare(ownTitle(leftPath), ownTitle(rightPath))
                        : NaturalOrder.INSTANCE.compare(left[level], right[level]);
            }
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private int orderOf(String folder) {
        SectionInfo info = infos.get(folder);
        return info == null ? QuizSettings.UNORDERED : info.order();
    }

    /** A nested folder's title names its parents too: "Foundations › Labs". */
    private String title(String folder) {
        return String.join(" › ", titles(folder));
    }

    /** The titles of a folder and of each folder above it, from the top: an export's category. */
    public List<String> titles(String folder) {
        List<String> titles = new ArrayList<>();
        if (folder.isEmpty()) {
            return titles;
        }
        String[] parts = folder.split("/");
        for (int level = 0; level < parts.length; level++) {
            titles.add(ownTitle(String.join("/", java.util.Arrays.copyOf(parts, level + 1))));
        }
        return titles;
    }

    private String ownTitle(String folder) {
        SectionInfo info = infos.get(folder);
        return info != null && !info.title().isEmpty() ? info.title() : BankParser.titleFromFileName(folder);
    }

    public static String folderOf(String id) {
        return id.contains("/") ? id.substring(0, id.lastIndexOf('/')) : "";
    }

    private static String fileName(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
