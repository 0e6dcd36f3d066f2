package app.kindred.content;

import java.util.ArrayList;
import java.util.List;

/** Where a deck's levels and prompts are in its file, for the library-wide checks' messages. */
final class DeckPlaces {
    /** line and column of each level's "- name:" entry, by level index. */
    final List<int[]> levels = new ArrayList<>();
    /** line and column of each prompt, by level index then prompt index. */
    final List<List<int[]>> prompts = new ArrayList<>();

    void level(YNode at) {
        levels.add(new int[] {at.line(), at.column()});
        prompts.add(new ArrayList<>());
    }

    void prompt(YNode at) {
        prompts.get(prompts.size() - 1).add(new int[] {at.line(), at.column()});
    }
}
