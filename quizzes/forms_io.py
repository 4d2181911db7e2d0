"""Form fields <-> responses: the one place that knows the players' field names.

A question's inputs are named ``q<id>`` (single, true/false, multiple),
``q<id>-g<n>`` (gap n), ``q<id>-o<choice id>`` (position of an ordering item),
``q<id>-m<choice id>`` (match of a left item), ``q<id>-number`` and ``q<id>-text``.
The autosave script sends these fields as they are; the server turns them into the
response ``quizzes.scoring`` scores.
"""

from quizzes.scoring import QuestionSpec


def _one(fields, name):
    value = fields.get(name)
    if isinstance(value, list):
        value = value[-1] if value else None
    return value


def _many(fields, name) -> list:
    if hasattr(fields, "getlist"):
        return fields.getlist(name)
    value = fields.get(name, [])
    return value if isinstance(value, list) else [value]


def _ordering(spec: QuestionSpec, prefix: str, fields) -> dict:
    positions = []
    for c in spec.choices:
        value = str(_one(fields, f"{prefix}-o{c.id}") or "").strip()
        if value.isdigit():
            positions.append((int(value), c.order, c.id))
    return {"order": [cid for _pos, _order, cid in sorted(positions)]}


def form_response(spec: QuestionSpec, question_id: int, fields) -> dict:
    """The raw response of one question from form fields (a QueryDict or a dict)."""
    prefix = f"q{question_id}"
    kind = spec.qtype
    if kind in ("single", "true_false"):
        return {"choice": _one(fields, prefix)}
    if kind == "multiple":
        return {"choices": _many(fields, prefix)}
    if kind in ("fill_blanks", "drag_words"):
        return {
            "gaps": {str(g): _one(fields, f"{prefix}-g{g}") or "" for g in spec.gaps()}
        }
    if kind == "ordering":
        return _ordering(spec, prefix, fields)
    if kind == "matching":
        return {
            "pairs": {
                str(c.id): _one(fields, f"{prefix}-m{c.id}") or "" for c in spec.lefts()
            }
        }
    if kind == "numeric":
        return {"number": _one(fields, f"{prefix}-number") or ""}
    return {"text": _one(fields, f"{prefix}-text") or ""}


def has_fields(question_id: int, fields) -> bool:
    prefix = f"q{question_id}"
    return any(name == prefix or name.startswith(prefix + "-") for name in fields)
