"""Vietnamese phone numbers: every spelling of one number is one person."""

import phonenumbers

DEFAULT_REGION = "VN"


class InvalidPhone(ValueError):
    pass


def normalize_phone(raw: str) -> str:
    """ "0912 345 678", "84912345678" and "+84 912 345 678" -> "+84912345678".

    Raises InvalidPhone for anything that is not a possible phone number.
    """
    text = (raw or "").strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith("84") or (digits.startswith("84") and not text.startswith("0")):
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException as error:
        raise InvalidPhone(raw) from error
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def looks_like_phone(raw: str) -> bool:
    stripped = (raw or "").replace(" ", "").replace(".", "").replace("-", "")
    return stripped.lstrip("+").isdigit() and len(stripped) >= 9


def display_phone(e164: str) -> str:
    """ "+84912345678" -> "0912 345 678", as Vietnamese people write it."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164, DEFAULT_REGION)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
