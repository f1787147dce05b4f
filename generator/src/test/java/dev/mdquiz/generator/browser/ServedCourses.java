package dev.mdquiz.generator.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * The sample course and the every-control course, generated into a test class's folder and served over HTTP,
 * with one browser to look at them: the common start of the tests that go through every page.
 */
final class ServedCourses implements AutoCloseable {
    /** One served course: its server, the folder it serves, and the short name screenshots of it carry. */
    record Course(StaticServer server, Path root, String name) {
        List<String> pages() {
            return Courses.pages(root);
        }
    }

    final Course sample;
    final Course everyControl;
    final Browser browser;
    final Emulation emulation;

    private ServedCourses(Course sample, Course everyControl, Browser browser) {
        this.sample = sample;
        this.everyControl = everyControl;
        this.browser = browser;
        this.emulation = new Emulation(browser);
    }

    static ServedCourses start(Path directory) throws Exception {
        Path sampleRoot = Courses.sample(directory);
        Path everyControlRoot = Courses.everyControl(directory);
        return new ServedCourses(new Course(new StaticServer(sampleRoot, "/course/"), sampleRoot, "sample"),
                new Course(new StaticServer(everyControlRoot, "/types/"), everyControlRoot, "types"), Browser.start());
    }

    List<Course> both() {
        return List.of(sample, everyControl);
    }

    @Override
    public void close() throws Exception {
        Browser.closeAll(browser, sample.server(), everyControl.server());
    }
}
