"""The two word lists the English finder reads, and how they were made.

`english.txt` is the 5,000 most frequent English words (two letters or more) of
wordfreq 3.1.1 (its "en" list: subtitles, Wikipedia, books, web text) together with
every word of the English msgids of Django and Wagtail (server and JavaScript
catalogs) that wordfreq knows as English: the words our screens could show
untranslated.

`vietnamese.txt` is every syllable with a Vietnamese letter or tone mark of
wordfreq 3.1.1's "vi" list, and every word of the Vietnamese sentences of the
catalogs (ours, Django's and Wagtail's msgstr) and of the demo data, kept only
when it is spelled as a Vietnamese syllable can be (`is_vietnamese_syllable`: an
onset, one of the language's rhymes, and a stop ending -c, -ch, -p, -t only with
the sắc or nặng tone), so the English words that Vietnamese web text quotes
("the", "of", "page") are not taken for Vietnamese unless they are also spelled as
one ("the", "to").

A word is English when it is in the first list and not in the second (and not
allowed by `allowed.txt`). Regenerate both after a Django or Wagtail upgrade, with
wordfreq installed in a scratch environment of the same Python:

    python3.11 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    PYTHONPATH=$(echo /tmp/wf/lib/python3.11/site-packages) \\
        .venv/bin/python -m tests.i18n.wordlists
"""

import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ENGLISH = HERE / "english.txt"
VIETNAMESE = HERE / "vietnamese.txt"

ONSETS = "ngh ng gh gi kh nh ph qu th tr ch b c d đ g h k l m n p r s t v x".split()  # noqa: SIM905
RHYMES = set(
    """a ai ao au ay ac ach am an ang anh ap at
    ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
    e eo ec em en eng ep et ê êu êch êm ên ênh êp êt
    i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu
    yêm yên yêt yêu y
    o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
    oe oen oeo oet oi oc om on ong op ot ooc oong
    ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
    u ua uân uâng uât uây uc ui um un ung up ut uê uêch uênh uơ uy uya uych
    uyên uyêt uyn uynh uyt uyu uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưu ưng ưt ưm ưn ươ ươc ươi ươm ươn ương ươp ươt ươu""".split()  # noqa: SIM905
)
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
STOP_TONES = {"\u0301", "\u0323"}


def _split_tone(word: str) -> tuple[str, set]:
    """The word without its tone mark (vowel marks â ă ê ô ơ ư kept), and the tones."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = {c for c in decomposed if c in TONES}
    bare = "".join(c for c in decomposed if c not in TONES)
    return unicodedata.normalize("NFC", bare), tones


def is_vietnamese_syllable(word: str) -> bool:
    bare, tones = _split_tone(word.lower())
    if len(tones) > 1 or not bare.isalpha():
        return False
    for onset in [*ONSETS, ""]:
        if not bare.startswith(onset):
            continue
        rhyme = bare[len(onset) :]
        if onset == "gi" and rhyme == "":
            rhyme = "i"
        if rhyme in RHYMES:
            stop = rhyme.endswith(("c", "ch", "p", "t"))
            return not stop or (bool(tones) and tones <= STOP_TONES)
    return False


# Reviewed: English words that Vietnamese sentences of the sources quote (a demo
# docstring's "by", an example address's "domain.com/blog/ten-trang") or pieces of
# transliterated foreign names (Khơ-me, Nê-pan, Ta-min, Xì-qua-hi-li) that no screen
# of ours shows as Vietnamese.
NOT_VIETNAMESE = {"by", "com", "ten", "me", "pan", "min", "hi"}

WORD = re.compile(r"[^\W\d_]+")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|<[^>]+>|&\w+;")


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(PLACEHOLDER.sub(" ", text))]


def catalogs(language: str) -> list[Path]:
    import django
    import wagtail

    found = []
    for package in (django, wagtail):
        base = Path(package.__file__).parent
        found += base.rglob(f"locale/{language}/LC_MESSAGES/*.po")
    return found


def english_msgid_words() -> set[str]:
    import polib

    words = set()
    for po in [*catalogs("en"), *catalogs("vi")]:  # vi: msgids newer than en
        for entry in polib.pofile(str(po)):
            for text in (entry.msgid, entry.msgid_plural):
                words.update(words_of(text or ""))
    return words


def vietnamese_texts():
    """Every msgstr of the Vietnamese catalogs (ours, Django's, Wagtail's) and every
    string of the demo data."""
    import ast

    import polib

    paths = catalogs("vi")
    paths += ROOT.glob("locale/vi/LC_MESSAGES/*.po")
    paths += ROOT.glob("*/locale/vi/LC_MESSAGES/*.po")
    for po in paths:
        for entry in polib.pofile(str(po)):
            yield entry.msgstr
            yield from entry.msgstr_plural.values()
    for source in (ROOT / "demo").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.value
    for text in (ROOT / "demo").rglob("*.txt"):
        yield from text.read_text().splitlines()


def vietnamese_sentence_words() -> set[str]:
    """The words of the texts above that are Vietnamese: those with at least one
    letter outside ASCII (an English word they quote may come along; the list is
    reviewed, see `vietnamese.txt`'s ASCII part)."""
    words = set()
    for text in vietnamese_texts():
        if any(c.isalpha() and not c.isascii() for c in text):
            words.update(words_of(text))
    return words


def main():
    import wordfreq

    english = {
        w
        for w in wordfreq.top_n_list("en", 5000)
        if w.isascii() and w.isalpha() and len(w) > 1
    }
    english |= {
        w
        for w in english_msgid_words()
        if w.isascii() and len(w) > 1 and wordfreq.zipf_frequency(w, "en") >= 1.5
    }
    # wordfreq's Vietnamese text quotes English ("by", "them"): only its syllables
    # with a Vietnamese letter or mark are taken; plain-ASCII ones ("to", "in",
    # "can") come from Vietnamese sentences of the catalogs and the demo data.
    vietnamese = {w for w in wordfreq.top_n_list("vi", 100_000) if not w.isascii()}
    vietnamese |= vietnamese_sentence_words()
    vietnamese = {
        w for w in vietnamese if is_vietnamese_syllable(w) and w not in NOT_VIETNAMESE
    }
    ENGLISH.write_text("\n".join(sorted(english)) + "\n")
    VIETNAMESE.write_text("\n".join(sorted(vietnamese)) + "\n")
    print(f"{len(english)} English words, {len(vietnamese)} Vietnamese syllables")  # noqa: T201


if __name__ == "__main__":
    main()
