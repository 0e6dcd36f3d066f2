package app.kindred.ui.kiosk;

import app.kindred.ui.CommandAction;
import app.kindred.ui.OnScreenKeyboard;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.PartnerMark;
import app.kindred.ui.PanelScreen;
import app.kindred.ui.Text;
import app.kindred.ui.TypedFields;
import app.kindred.ui.Widgets;
import app.kindred.ui.Wipeable;
import com.formdev.flatlaf.FlatClientProperties;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * "Who is here?": optional first names; each partner shown with their colour and shape, which
 * stay with them all session. Empty names mean "Partner A" / "Partner B".
 */
public final class WhoScreen extends PanelScreen implements Wipeable {
    public static final String ID = "who";

    private final CommandAction<?> back;
    private final CommandAction<?> next;
    private final Map<PartnerLook, JTextField> names = new EnumMap<>(PartnerLook.class);
    private JTextField typingInto;
    private OnScreenKeyboard keyboard;

    public WhoScreen(CommandAction<?> back, CommandAction<?> next) {
        this.back = back;
        this.next = next;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected JPanel build() {
        JPanel p = new JPanel(new MigLayout("fill, insets dialog, wrap 2, hidemode 3",
                "push[sg card, :420lp]48lp[sg card]push", "push[]unrel[]48lp[]48lp[]para[]push"));
        p.add(Widgets.label("who.title", "title", Text.get("who.title")), "span 2, center");
        p.add(Widgets.label("who.lead", "body", Text.get("who.lead")), "span 2, center");
        for (PartnerLook look : PartnerLook.values()) {
            p.add(partnerCard(look), "grow");
        }
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 32lp"));
        buttons.setOpaque(false);
        buttons.add(Widgets.button("who.back", "touch", back));
        // For a touch screen without a keyboard; hidden until asked for, so it never crowds the screen.
        keyboard = new OnScreenKeyboard("who.keyboard", this::typingTarget);
        keyboard.component().setVisible(false);
        buttons.add(keyboard.toggleButton("who.keyboardToggle", out -> {
            panel.revalidate();
            panel.repaint();
        }));
        buttons.add(Widgets.button("who.next", "primary", next));
        p.add(buttons, "span 2, center");
        p.add(keyboard.component(), "span 2, center");
        p.getAccessibleContext().setAccessibleName(Text.get("who.title"));
        return p;
    }

    private JPanel partnerCard(PartnerLook look) {
        String key = look.name().toLowerCase(java.util.Locale.ROOT);
        JPanel card = new JPanel(new MigLayout("wrap 1, insets 32lp, fillx", "[grow, fill]", "[]rel[]para[]"));
        Widgets.style(card, "card");
        JLabel who = Widgets.label("who.partner." + key, "turn", look.defaultName());
        who.setIcon(new PartnerMark(look, 40));
        who.setIconTextGap(16);
        card.add(who);
        card.add(Widgets.label("who.shape." + key, "secondary", Text.format("who.keeps", look.shapeName())));
        JTextField field = TypedFields.keepPrivate(new JTextField(14));
        field.setName("who.name." + key);
        Widgets.style(field, "name");
        field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Text.get("who.placeholder"));
        field.getAccessibleContext().setAccessibleName(Text.format("who.nameFor", look.defaultName()));
        field.setDocument(TypedFields.nameDocument());
        field.addActionListener(e -> {
            if (look == PartnerLook.A) {
                names.get(PartnerLook.B).requestFocusInWindow();
            } else {
                next.actionPerformed(e);
            }
        });
        field.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                typingInto = field;
            }
        });
        names.put(look, field);
        card.add(field, "h 56lp!");
        return card;
    }

    /** The field the on-screen keyboard types into: the one last focused, else the first. */
    private JTextField typingTarget() {
        return typingInto != null ? typingInto : names.get(PartnerLook.A);
    }

    /** The typed name, stripped; empty when none was given. */
    public String name(PartnerLook look) {
        component();
        return names.get(look).getText().strip();
    }

    /** Every text field on this screen, for the wipe. */
    public Iterable<JTextField> fields() {
        component();
        return names.values();
    }

    @Override
    public JComponent initialFocus() {
        return names.get(PartnerLook.A);
    }

    /** Fresh, empty documents: the old ones (and any edit history tied to them) are dropped. */
    @Override
    public void wipe() {
        if (panel == null) {
            return;
        }
        for (JTextField f : names.values()) {
            f.setDocument(TypedFields.nameDocument());
        }
        typingInto = null;
        keyboard.reset();
    }
}
