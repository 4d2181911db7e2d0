import gzip

from demo.situations import seed
from situations import services
from situations.models import Situation
from tests.factories import UserFactory

HTML_BUDGET = 14 * 1024  # ARCHITECTURE.md: a page's HTML, compressed


def test_play_page_of_the_longest_demo_situation_fits_the_html_budget(client, db):
    seed()  # without programmes the demo situations are open to everyone
    trainee = UserFactory()
    pages = {}
    for situation in Situation.objects.all():
        run = services.start_run(situation, trainee)
        client.force_login(trainee)
        html = client.get(f"/situations/runs/{run.pk}/").content
        pages[situation.slug] = len(gzip.compress(html))
    assert len(pages) == 4
    assert max(pages.values()) <= HTML_BUDGET, pages
