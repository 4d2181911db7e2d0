"""The production layout's files: the committed nginx site is the template's
rendering (edit the template, then `python deploy/serve_local.py --render`)."""

from deploy.serve_local import PRODUCTION_SITE, render_production


def test_the_production_site_is_the_templates_rendering():
    assert PRODUCTION_SITE.read_text() == render_production()
