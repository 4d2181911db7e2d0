"""Demo situations (DOMAIN.md §5.2–5.3): invented but realistic, written as data.

Points per choice use short names: pl = pháp luật, dv = dân vận, ng = nêu gương,
tc = tổ chức thực hiện.
"""

CODES = {
    "pl": "phap-luat",
    "dv": "dan-van",
    "ng": "neu-guong",
    "tc": "to-chuc-thuc-hien",
}
COMPETENCIES = [
    ("Pháp luật", "phap-luat", "Vận dụng đúng căn cứ pháp lý, đúng thẩm quyền."),
    ("Dân vận", "dan-van", "Lắng nghe, thuyết phục, phát huy dân chủ ở cơ sở."),
    ("Nêu gương", "neu-guong", "Vai trò gương mẫu của cán bộ, đảng viên."),
    (
        "Tổ chức thực hiện",
        "to-chuc-thuc-hien",
        "Lập kế hoạch, phân công, kiểm tra, đôn đốc.",
    ),
]


def choice(text, next_key, consequence, **points):
    return {
        "text": text,
        "next_key": next_key,
        "consequence": consequence,
        "points": {CODES[name]: value for name, value in points.items()},
    }


def decision(key, title, body, choices, quote="", source=""):
    return {
        "key": key,
        "kind": "decision",
        "title": title,
        "body": body,
        "quote": quote,
        "quote_source": source,
        "choices": choices,
    }


def reflection(key, title, body, next_key):
    return {
        "key": key,
        "kind": "reflection",
        "title": title,
        "body": body,
        "next_key": next_key,
    }


def ending(key, title, body, outcome, debrief, path=""):
    return {
        "key": key,
        "kind": "ending",
        "title": title,
        "body": body,
        "outcome": outcome,
        "debrief": debrief,
        "recommended_path": path,
    }
