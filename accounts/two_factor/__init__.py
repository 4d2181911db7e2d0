"""Two-factor login with a TOTP app (django-otp), and single-use backup codes.

A person who has confirmed an authenticator app logs in in two steps: the password,
then a 6-digit code from the app (or one of their backup codes). Until the second
step, every page but that step and logging out sends them to it (`middleware.py`).
Who *must* use it is not decided here (accounts knows no role): a layer above sets
`REQUIRED_KEY` in the session and sends them to the setup page.
"""
