package io.ccmm.ui.branding;

import io.ccmm.storage.Branding;
import io.ccmm.ui.common.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What the branding dialog edits, without the window: the names, the logo as chosen (its bytes and media type, checked
 * to be an image) and the accent colour. A refused logo leaves the form as it was and says why in the user's words.
 */
public final class BrandingForm {

    /** The largest logo file taken: a logo is small; the file keeps it in one value. */
    public static final long MAX_LOGO_BYTES = 4L * 1024 * 1024;

    private String consultancy;
    private String client;
    private byte[] logo;
    private String logoType;
    private String accent;
    private boolean asDefault;

    public BrandingForm(Branding b) {
        consultancy = b.consultancy();
        client = b.client();
        logo = b.logo();
        logoType = b.logoType();
        accent = b.accent();
    }

    public String consultancy() {
        return consultancy;
    }

    public String client() {
        return client;
    }

    public byte[] logo() {
        return logo.clone();
    }

    public boolean hasLogo() {
        return logo.length > 0;
    }

    /** "#rrggbb", or "" for the report's own colour. */
    public String accent() {
        return accent;
    }

    public void setNames(String consultancy, String client) {
        this.consultancy = consultancy == null ? "" : consultancy.strip();
        this.client = client == null ? "" : client.strip();
    }

    public void setAccent(String accent) {
        this.accent = accent == null ? "" : accent.strip();
    }

    /** Whether the names (but the client's), logo and colour are also kept as the default for new files. */
    public boolean isDefault() {
        return asDefault;
    }

    public void setDefault(boolean asDefault) {
        this.asDefault = asDefault;
    }

    public void removeLogo() {
        logo = new byte[0];
        logoType = "";
    }

    /**
     * Takes the image in {@code file} as the logo; empty when taken, else why not (too large, unreadable, not an image
     * this app can read), naming the file.
     */
    public Optional<String> chooseLogo(Path file, Messages m) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_LOGO_BYTES) {
                return Optional.of(m.get(
                        "branding.logo.tooLarge",
                        file.getFileName(),
                        String.valueOf(size / 1024),
                        String.valueOf(MAX_LOGO_BYTES / 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.of(m.get("branding.logo.unreadable", file.getFileName(), String.valueOf(e.getMessage())));
        }
        Optional<String> type = imageType(bytes);
        if (type.isEmpty()) {
            return Optional.of(m.get("branding.logo.notImage", file.getFileName()));
        }
        logo = bytes;
        logoType = type.get();
        return Optional.empty();
    }

    /** The branding as it will be saved; throws for an accent colour that is not #rrggbb. */
    public Branding toBranding() {
        return new Branding(consultancy, client, logo, logoType, accent);
    }

    /** "image/png", "image/jpeg"… when the bytes are an image ImageIO decodes; empty otherwise. */
    static Optional<String> imageType(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                // Decoding the whole image finds a truncated or damaged file, not only a right header.
                var image = reader.read(0);
                if (image.getWidth() <= 0 || image.getHeight() <= 0) {
                    return Optional.empty();
                }
                return Optional.of("image/" + reader.getFormatName().toLowerCase(Locale.ROOT));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
