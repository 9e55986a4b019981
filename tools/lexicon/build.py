#!/usr/bin/env python3
"""Builds src/NewsBot/Lexicon/Lexicon.txt from WordNet 3.0 (Debian: apt-get install wordnet-base).

For each noun, verb and adjective lemma that SemCor tagged at least once (WordNet's tag counts), one line:

    pos <TAB> lemma <TAB> count <TAB> irregular forms <TAB> synonyms <TAB> derived forms <TAB> broader

pos is n, v or a; count is the lemma's SemCor tag count in that part of speech (how often it is that part of speech);
irregular forms come from WordNet's exception lists (bought for buy, fled for flee, children for child); synonyms are
the other members of the lemma's first --senses senses (WordNet orders a lemma's senses by tag count, most frequent
first) that SemCor tagged at least --min-share times as often as the first (so "buy" keeps "purchase", 102 tags, and
drops "bribe", 2); derived forms are WordNet's derivationally related forms of those same senses (injury for
injure, rejection for reject); broader, for a verb only, are the members of its first sense's hypernyms (acquire for
buy). A noun or adjective with none of these is left out; every tagged verb stays, to tell verbs from other words. Items are separated by commas; a multi-word item keeps its spaces ("turn down").
Proper nouns, items with digits and items of more than three words are left out.
"""
import argparse
import collections
import os
import sys

POS = {"n": "noun", "v": "verb", "a": "adj"}
SS_TYPE = {"1": "n", "2": "v", "3": "a", "5": "a"}


def read_index(wordnet, pos):
    """lemma -> synset offsets in sense order (most frequent first)."""
    senses = {}
    with open(os.path.join(wordnet, "index." + POS[pos]), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, synsets, pointers = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[6 + pointers:6 + pointers + synsets]
            senses[lemma] = offsets
    return senses


def read_data(wordnet, pos):
    """offset -> (members, derivation pointers [(source word, target offset, target pos, target word)])."""
    synsets = {}
    with open(os.path.join(wordnet, "data." + POS[pos]), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            offset, count = parts[0], int(parts[3], 16)
            members = [parts[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = int(parts[at])
            derived, hypernyms = [], []
            for i in range(pointers):
                symbol, target, target_pos, words = parts[at + 1 + 4 * i:at + 5 + 4 * i]
                if symbol == "@" and target_pos == pos:
                    hypernyms.append(target)
                if symbol == "+":
                    derived.append((int(words[:2], 16), target, "a" if target_pos == "s" else target_pos, int(words[2:], 16)))
            synsets[offset] = (members, derived, hypernyms)
    return synsets


def read_counts(wordnet):
    """(lemma, pos, sense number) -> SemCor tag count."""
    counts = collections.Counter()
    with open(os.path.join(wordnet, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, sense, count = line.split()
            lemma, rest = key.split("%")
            pos = SS_TYPE.get(rest.split(":")[0])
            if pos:
                counts[(lemma, pos, int(sense))] += int(count)
    return counts


def read_exceptions(wordnet, pos):
    """lemma -> irregular forms."""
    forms = collections.defaultdict(list)
    with open(os.path.join(wordnet, POS[pos] + ".exc"), encoding="latin-1") as f:
        for line in f:
            form, *lemmas = line.split()
            for lemma in lemmas:
                if form not in forms[lemma]:
                    forms[lemma].append(form)
    return forms


def word(member):
    """A synset member as text: the adjective marker dropped, underscores as spaces."""
    return member.split("(")[0].replace("_", " ")


def keep(text, lemma):
    return (text != lemma and text.lower() == text and not any(c.isdigit() for c in text)
            and len(text.split()) <= 3 and "," not in text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--senses", type=int, default=2, help="how many of a lemma's most frequent senses give synonyms")
    parser.add_argument("--min-share", type=float, default=0.1, help="a later sense counts only with this share of the first sense's tag count")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "src", "NewsBot", "Lexicon", "Lexicon.txt"))
    args = parser.parse_args()

    counts = read_counts(args.wordnet)
    data = {pos: read_data(args.wordnet, pos) for pos in POS}
    lines = []
    for pos in POS:
        index = read_index(args.wordnet, pos)
        exceptions = read_exceptions(args.wordnet, pos)
        for lemma, offsets in sorted(index.items()):
            total = sum(counts[(lemma, pos, i + 1)] for i in range(len(offsets)))
            if total == 0:
                continue
            synonyms, derived, broader = [], [], []
            for i, offset in enumerate(offsets[:args.senses]):
                count = counts[(lemma, pos, i + 1)]
                if count == 0 or count < args.min_share * counts[(lemma, pos, 1)]:
                    continue
                members, pointers, hypernyms = data[pos][offset]
                if pos == "v" and i == 0:
                    for target in hypernyms:
                        for member in data["v"][target][0]:
                            text = word(member)
                            if keep(text, lemma.replace("_", " ")) and text not in broader:
                                broader.append(text)
                position = next((k + 1 for k, m in enumerate(members) if word(m).lower() == lemma.replace("_", " ")), None)
                for member in members:
                    text = word(member)
                    if keep(text, lemma.replace("_", " ")) and text not in synonyms:
                        synonyms.append(text)
                for source, target, target_pos, target_word in pointers:
                    if source != position or target_pos not in data:
                        continue
                    text = word(data[target_pos][target][0][target_word - 1])
                    if keep(text, lemma.replace("_", " ")) and text not in derived:
                        derived.append(text)
            forms = [f.replace("_", " ") for f in exceptions.get(lemma, [])]
            if pos != "v" and not (forms or synonyms or derived):
                continue
            lines.append("\t".join([pos, lemma.replace("_", " "), str(total), ",".join(forms), ",".join(synonyms), ",".join(derived), ",".join(broader)]))

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Generated by tools/lexicon/build.py --senses {args.senses} --min-share {args.min_share} from WordNet 3.0; see LICENSE-WordNet.txt. Do not edit.\n")
        f.write("# pos\tlemma\tcount\tirregular forms\tsynonyms\tderived forms\tbroader (verbs)\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{len(lines)} lemmas, {os.path.getsize(args.out)} bytes -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
