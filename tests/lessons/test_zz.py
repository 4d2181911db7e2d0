import re
from tests.lessons.test_admin_vietnamese import *
def test_dbg(client, lesson):
    client.force_login(User.objects.get(username="bientap"))
    page = client.get("/admin/documents/").content.decode()
    i = page.find("Actions")
    while i >= 0:
        print("HIT", repr(page[max(0,i-300):i+60]))
        i = page.find("Actions", i+1)
