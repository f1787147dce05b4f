package dev.mdquiz.bench.corpus;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small PNG diagrams that banks reference as {@code img/diagram-N.png}, a few hundred bytes each. */
final class DiagramImages {
    private DiagramImages() {
    }

    static void write(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                ImageIO.write(diagram(i), "png", folder.resolve("diagram-" + i + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage diagram(int variant) {
        BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 96, 64);
            g.setColor(Color.DARK_GRAY);
            for (int box = 0; box <= variant % 3 + 1; box++) {
                g.drawRect(6 + box * 28, 20, 20, 20);
                if (box > 0) {
                    g.drawLine(box * 28 - 2, 30, 6 + box * 28, 30);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
