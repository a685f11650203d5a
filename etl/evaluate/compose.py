"""Pages composed from one-article files, with their segmentation gold: free test data.

An archive of single-article files (headline lines, a blank line, the body) can
be laid out the way text extracted from print looks — headlines on their own
lines, then paragraphs, no indentation, no blank lines, one article after
another — and the gold of such a page is known: the titles, in order. The
split is by a hash of the file name, so a rule tuned on the `train` half can be
checked on the `test` half it never saw.
"""
from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass

from etl.read.headings import COLUMN_OPENING, COLUMN_TAG
from etl.read.segment import PHOTO_MARK, SUBTITLE, classify, split_heading_run
from etl.read.textnorm import normalize_text
from etl.rules import patterns

_INDENT = re.compile(r"^[\s\u3000]+")


@dataclass(frozen=True)
class OneArticle:
    name: str
    headlines: tuple[str, ...]
    paragraphs: tuple[str, ...]

    @property
    def title_line(self) -> int:
        """The index in `headlines` of the main headline's line: the last, or the one over its subtitles."""
        k = max((i for i, h in enumerate(self.headlines) if h), default=len(self.headlines) - 1)
        while k > 0 and SUBTITLE.match(self.headlines[k]) and any(self.headlines[:k]):
            k -= 1
        return k

    @property
    def title(self) -> str:
        """The main headline: the last headline line (the one above is its kicker) — or the one over a subtitle under
        it (守护万家灯火的“电力尖兵” / ——记…: the subtitle had been taken for the title, and no segmentation could match it;
        twenty-second session) —, a web page's mark that the story has photos aside (…（图）: no words of the
        headline's), and a column's tag opening it (【网络中国节·腊八节】…, 图集|…: the kicker's)."""
        return split_heading_run([PHOTO_MARK.sub("", self.headlines[self.title_line])])[1]


def split_article(name: str, text: str) -> OneArticle | None:
    """Headline lines (before the first blank line) and body paragraphs of a one-article file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head, sep, body = text.strip("\n\ufeff").partition("\n\n")
    if not sep:
        return None
    headlines = tuple(normalize_text(h) for h in head.split("\n") if h.strip())
    paragraphs = tuple(normalize_text(_INDENT.sub("", p)) for p in body.split("\n") if p.strip())
    if not headlines or not paragraphs or any(len(h) > 60 for h in headlines):
        return None
    return OneArticle(name, headlines, paragraphs)


# what tells a reader where a piece opens, besides its headline: a byline line, a lead's news line and credit, a dated
# opening (本报讯（记者 张明）, 4月26日，)
_SHORT_LINE_MAX = 25
_LEAD_CREDIT = re.compile(patterns.LEAD_WITH_CREDIT)
_DATED_OPENING = re.compile(patterns.DATED_LEAD)


def _short_line(paragraph: str) -> bool:
    """A byline or a section head over the text (本报记者 张明, 核心阅读): short, no sentence in it."""
    return len(paragraph) < _SHORT_LINE_MAX and "。" not in paragraph


def _byline_line(paragraph: str) -> bool:
    """A line the reader takes for a byline or credit (记者 任彦 通讯员 周琛, 来源：中工网, 黄榆) — not a section head
    (核心阅读, 餐餐好滋味: People's Daily files open their text on one, which stripping had taken for a byline)."""
    return _short_line(paragraph) and classify(paragraph) in ("byline", "credit")


def without_cues(article: OneArticle) -> OneArticle:
    """The article with no byline line, lead credit or dated opening: only its headline and its words say where it
    opens (a robustness check — many outlets' briefs have none of these cues, and then the heading model decides)."""
    text_at = next((k for k, p in enumerate(article.paragraphs) if not _short_line(p)), 0)
    # the byline lines over the text go (a section head among them stays: 餐餐好滋味 / 本报记者 贺 勇), and a roundup's
    # sections' own (健身花样多 / 本报记者 王 亮)
    paragraphs = [p for k, p in enumerate(article.paragraphs)
                  if not (_byline_line(p) and (k < text_at or classify(p) == "byline"))] or list(article.paragraphs)
    at = next((k for k, p in enumerate(paragraphs) if not _short_line(p)), 0)
    first = _LEAD_CREDIT.sub("", paragraphs[at], count=1) or paragraphs[at]
    paragraphs[at] = _DATED_OPENING.sub("", first, count=1) or first
    return OneArticle(article.name, article.headlines, tuple(paragraphs))


# the same article as other papers set it: one way each, to see that segmentation does not hang on one paper's habits
# (found by them: a headline ending in ！, a column mark over a short headline, the agencies' （完）, a web page's source
# line under its text, a subtitle under the headline, a photo's caption or an editor's note between it and the text —
# each had cost most of a page's articles)
_KICKERS = ("喜迎五一劳动节", "关爱一线职工", "弘扬劳模精神 争做时代先锋", "聚焦基层工会建设——")
_REPORTERS = ("张明", "李华", "刘强", "陈静")
_SUBTITLES = ("——记一线职工的坚守与担当", "——市总工会推进产业工人队伍建设改革纪实", "——来自基层工会的报告",
              "——写在第十个全国职工职业技能大赛开幕之际")
_CAPTIONS = ("图为活动现场。", "图为职工在岗位上忙碌。", "图为慰问现场。", "图为比赛现场。")
# a web page's publishing line under its headline, as union and outlet sites print it
_WEB_META = ("发布时间：2023-05-08 10:30:21　来源：市总工会　作者：{r}", "2023-05-08 10:30　来源：中工网",
             "时间：2023年05月08日　来源：本站　浏览次数：126", "来源：湖南工人报　作者：{r}　编辑：{r2}")
# a byline marked as local papers mark it: 文/图, a block or a circle before the reporter
_MARKED_BYLINES = ("文/图 本报记者 {r}", "■本报记者 {r} 通讯员 {r2}", "◎记者 {r}", "文/{r} 图/{r2}")
_NOTES = ("编者按：一线职工的坚守，是城市运转的底色。本报今起推出系列报道，敬请关注。",
          "编者按：劳动创造幸福，实干成就伟业。本版推出劳模故事专栏，讲述他们的奋斗历程。",
          "编者按：今年是工会改革深化之年。本报记者深入基层，记录工会工作的新变化。")


WRAP_AT = 28


def _hard_wrapped(paragraph: str) -> list[str]:
    return [paragraph[k:k + WRAP_AT] for k in range(0, len(paragraph), WRAP_AT)] or [paragraph]


def _varied(name: str, article: OneArticle, k: int) -> OneArticle:
    heads, paras = article.headlines, article.paragraphs
    if name in ("exclaimed", "asked"):  # 致敬最美劳动者！, 根治欠薪彰显治理温度！（人民时评）, 职工的烦心事谁来管？
        # (the main headline's line, not a subtitle under it: ——记…！ had been marked — twenty-third session)
        at = article.title_line
        tag = COLUMN_TAG.search(heads[at])  # (a paper's column tag after the headline stays last)
        cut = tag.start() if tag else len(heads[at])
        mark = "！" if name == "exclaimed" else "？"
        marked = heads[at][:cut] + mark + heads[at][cut:]
        return OneArticle(article.name, heads[:at] + (marked,) + heads[at + 1:], paras)
    if name == "column":  # 【工会动态】 over the headline
        return OneArticle(article.name, ("【工会动态】",) + heads, paras)
    if name == "kicker":  # an 引题 over a one-line headline
        return OneArticle(article.name, (_KICKERS[k % len(_KICKERS)],) + heads if len(heads) == 1 else heads, paras)
    if name == "byline":  # 本报记者 张明 under the headline
        return OneArticle(article.name, heads, (f"本报记者 {_REPORTERS[k % len(_REPORTERS)]}",) + paras)
    if name == "end-mark":  # …。（完）
        return OneArticle(article.name, heads, paras[:-1] + (paras[-1] + "（完）",))
    if name == "source":  # 来源：中工网 under the text
        return OneArticle(article.name, heads, paras + ("来源：中工网",))
    if name == "source-bracket":  # （来源：工人日报） under the text, in brackets
        return OneArticle(article.name, heads, paras + ("（来源：工人日报）",))
    if name == "source-top":  # 来源：工人日报 under the headline, as web pages credit a reprint
        return OneArticle(article.name, heads, ("来源：工人日报",) + paras)
    if name == "dateline":  # 本报杭州5月8日讯 opening the text (under its byline and section head lines, if any)
        at = next((k for k, p in enumerate(paras) if not _short_line(p)), 0)
        return OneArticle(article.name, heads,
                          paras[:at] + (f"本报杭州5月{k % 28 + 1}日讯 " + paras[at],) + paras[at + 1:])
    if name == "subtitle":  # a 副题 under the headline: ——记…
        return OneArticle(article.name, heads, (_SUBTITLES[k % len(_SUBTITLES)],) + paras)
    if name == "caption-top":  # a photo between the headline and the text, its caption credited: 图为活动现场。 张明 摄
        caption = f"{_CAPTIONS[k % len(_CAPTIONS)]} {_REPORTERS[k % len(_REPORTERS)]} 摄"
        return OneArticle(article.name, heads, (caption,) + paras)
    if name == "editors-note":  # 编者按：… opening the text of every third piece (a series' features)
        return OneArticle(article.name, heads, ((_NOTES[k // 3 % len(_NOTES)],) if k % 3 == 0 else ()) + paras)
    if name == "writers-end":  # （张明 李华）: the writers in brackets on a line under the text, as briefs close
        return OneArticle(article.name, heads, paras + (f"（{_REPORTERS[k % len(_REPORTERS)]} {_REPORTERS[(k + 1) % len(_REPORTERS)]}）",))
    if name == "photo-end":  # the report's photo under its text, its caption credited: 图为活动现场。 张明 摄
        caption = f"{_CAPTIONS[k % len(_CAPTIONS)]} {_REPORTERS[k % len(_REPORTERS)]} 摄"
        return OneArticle(article.name, heads, paras + (caption,))
    if name == "photo-mark":  # 市总工会举办职工运动会（图）: a web page's mark that the story has photos
        return OneArticle(article.name, heads[:-1] + (heads[-1] + "（图）",), paras)
    if name == "web-meta":  # 发布时间：… 来源：… 作者：… under the headline
        meta = _WEB_META[k % len(_WEB_META)].format(r=_REPORTERS[k % len(_REPORTERS)],
                                                    r2=_REPORTERS[(k + 1) % len(_REPORTERS)])
        return OneArticle(article.name, heads, (meta,) + paras)
    if name == "marked-byline":  # 文/图 本报记者 张明, ■本报记者 张明 通讯员 李华 under the headline
        byline = _MARKED_BYLINES[k % len(_MARKED_BYLINES)].format(r=_REPORTERS[k % len(_REPORTERS)],
                                                                  r2=_REPORTERS[(k + 1) % len(_REPORTERS)])
        return OneArticle(article.name, heads, (byline,) + paras)
    if name == "wrapped-head":  # a long headline wrapped onto two lines, as a narrow column sets it
        last = heads[-1]
        if len(last) < 20:  # (a column holds ten characters or more a line: shorter headlines stay whole)
            return article
        half = len(last) // 2
        return OneArticle(article.name, heads[:-1] + (last[:half], last[half:]), paras)
    if name == "bar-tag":  # 图集|…, 工会动态｜…: a web page's column before the headline's first line, unless it has one
        if any(COLUMN_OPENING.match(h) for h in heads):
            return article
        tag = ("工会动态｜", "图集|", "视频｜", "快讯|")[k % 4]
        return OneArticle(article.name, (tag + heads[0],) + heads[1:], paras)
    if name == "labelled":  # 关注：…, 聚焦：…: a site's short label and a colon before the headline's first line
        if any(COLUMN_OPENING.match(h) for h in heads):
            return article
        label = ("关注：", "聚焦：", "工会动态：", "快讯：")[k % 4]
        return OneArticle(article.name, (label + heads[0],) + heads[1:], paras)
    if name == "social-post":  # a republished WeChat post: topic tags under the headline, its prompts under the text
        tags = ("#五一劳动节#", "#工会# #职工#", "#劳模风采#", "#夏送清凉# #一线职工#")[k % 4]
        return OneArticle(article.name, heads, (tags,) + paras + ("点击“阅读原文”查看更多", "分享 收藏 点赞 在看"))
    if name == "post-header":  # a social-media post's header under the headline: account, posting time, place
        header = ("原创 中国工会 2023-05-08 10:30 北京", "中工网 2023-05-08 10:30 发表于北京", "市总工会 2023年05月08日 10:30 浙江")
        return OneArticle(article.name, heads, (header[k % 3],) + paras)
    if name == "hard-wrapped":  # each paragraph wrapped at 28 characters, as text copied from print or an old archive
        return OneArticle(article.name, heads, tuple(part for p in paras for part in _hard_wrapped(p)))
    if name == "bare":
        return without_cues(article)
    raise ValueError(f"no variation {name!r}: one of {', '.join(VARIATIONS)}")


VARIATIONS = ("bare", "exclaimed", "column", "kicker", "byline", "end-mark", "source", "source-top", "dateline",
              "subtitle", "caption-top", "editors-note", "photo-mark", "writers-end", "photo-end", "web-meta",
              "marked-byline", "asked", "wrapped-head", "hard-wrapped",
              "bar-tag", "social-post", "post-header",
              "source-bracket", "labelled")


def varied(name: str, articles: list[OneArticle]) -> list[OneArticle]:
    """The articles set in one other paper's way (VARIATIONS; 'bare': compose.without_cues)."""
    return [_varied(name, a, k) for k, a in enumerate(articles)]


def half(name: str) -> str:
    """'train' or 'test', fixed by the file name."""
    return "test" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 else "train"


def compose_pages(articles: list[OneArticle], per_page: int = 4, seed: int = 1) -> list[tuple[str, str, dict]]:
    """(page name, page text, page gold) for pages of `per_page` articles each, in a shuffled order."""
    order = sorted(articles, key=lambda a: a.name)
    random.Random(seed).shuffle(order)
    pages = []
    for k in range(0, len(order), per_page):
        group = order[k:k + per_page]
        name = f"composed_{k // per_page:03d}.txt"
        lines = [line for a in group for line in (*a.headlines, *a.paragraphs)]
        gold = {"document": name, "articles": [{"key": f"{name}#{i}", "title": a.title, "source_file": a.name}
                                               for i, a in enumerate(group)]}
        pages.append((name, "\n".join(lines) + "\n", gold))
    return pages
