package app.kindred.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;
import javax.swing.plaf.basic.BasicHTML;

/**
 * Kindred never renders HTML. Swing draws any label, button or tool tip whose text starts with
 * {@code <html>} as HTML, so a first name typed as {@code <html><input type=file>} once put a file
 * chooser on the couple's screen, and a huge table exhausted the heap on the event thread. Instead of
 * trusting every place that shows typed or content text to remember {@code html.disable}, every
 * component whose UI could render HTML gets it set before its look-and-feel delegate is installed:
 * {@link #install()} routes those UI class ids through {@link #createUI}, which sets the property
 * and hands over to the look and feel's own delegate. Installed once, before the first component;
 * it survives theme switches (Swing's developer defaults outlive a look and feel).
 */
public final class NoMarkup extends ComponentUI {
    /** Every UI class id whose delegate calls {@code BasicHTML} for the component's text. */
    static final List<String> UI_CLASS_IDS = List.of("LabelUI", "ButtonUI", "ToggleButtonUI", "CheckBoxUI",
            "RadioButtonUI", "ToolTipUI", "MenuItemUI", "MenuUI", "CheckBoxMenuItemUI", "RadioButtonMenuItemUI",
            "TabbedPaneUI");
    private static final String HTML_DISABLE = "html.disable";
    private static boolean installed;
    /** The look and feel's createUI methods by class name (the event thread only). */
    private static final Map<String, Method> FACTORIES = new HashMap<>();

    private NoMarkup() {
    }

    /** Routes the UI ids above through this class. On the event thread, before the first component. */
    public static void install() {
        if (installed) {
            return;
        }
        for (String id : UI_CLASS_IDS) {
            UIManager.put(id, NoMarkup.class.getName());
        }
        installed = true;
    }

    /** Called by Swing (by reflection) for every component of the ids above. */
    public static ComponentUI createUI(JComponent c) {
        c.putClientProperty(HTML_DISABLE, Boolean.TRUE);
        // A renderer left over from before (a component built before install) goes too.
        c.putClientProperty(BasicHTML.propertyKey, null);
        String delegate = UIManager.getLookAndFeelDefaults().getString(c.getUIClassID());
        if (delegate == null || delegate.equals(NoMarkup.class.getName())) {
            throw new IllegalStateException("no look-and-feel delegate for " + c.getUIClassID());
        }
        try {
            Method create = FACTORIES.get(delegate);
            if (create == null) {
                ClassLoader loader = UIManager.getLookAndFeel().getClass().getClassLoader();
                create = Class.forName(delegate, true, loader).getMethod("createUI", JComponent.class);
                FACTORIES.put(delegate, create);
            }
            return (ComponentUI) create.invoke(null, c);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(delegate + ".createUI failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the look and feel's " + c.getUIClassID() + " cannot be made", e);
        }
    }

    /** True if Swing would render this component's text as HTML (tests look for none). */
    public static boolean rendersHtml(JComponent c) {
        return c.getClientProperty(BasicHTML.propertyKey) != null;
    }
}
