package io.ccmm.team;

import io.ccmm.assessment.InvalidAssessmentException;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of team assessments ({@code i18n/team.properties}, {@code team_zh_CN.properties}). */
public final class TeamText {

    private static final String BUNDLE = "i18n.team";

    private TeamText() {}

    /** The refusal in {@code locale}'s language (Chinese for any Chinese locale, English otherwise). */
    public static String describe(TeamException failure, Locale locale) {
        return format(failure.reason(), failure.args().toArray(), locale);
    }

    /** The text of {@code key} in {@code locale}'s language. */
    public static String get(String key, Locale locale, Object... args) {
        ResourceBundle bundle = bundle(locale);
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    static String format(TeamException.Reason reason, Object[] args, Locale locale) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = word(args[i], locale);
        }
        return get(key(reason), locale, words);
    }

    static String key(TeamException.Reason reason) {
        return io.ccmm.storage.ReasonKeys.of("team.error.", reason);
    }

    private static Object word(Object arg, Locale locale) {
        if (arg instanceof StorageException e) {
            return StorageText.describe(e, locale);
        }
        if (arg instanceof InvalidAssessmentException e) {
            return e.describe(locale);
        }
        if (arg instanceof Throwable e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        if (arg instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(arg);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale wanted = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE,
                wanted,
                TeamText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
