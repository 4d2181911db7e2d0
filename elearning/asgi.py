"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.dev")

from django.core.asgi import get_asgi_application

from elearning.settings.environment import BadSetting

try:
    django_asgi_app = get_asgi_application()
except BadSetting as error:
    sys.exit(str(error))

from channels.routing import ProtocolTypeRouter, URLRouter

from elearning.body_limit import BodyLimit
from jobs.runner import start_in_process
from live.origin import SameOriginValidator
from live.routing import websocket_urlpatterns
from live.socket_auth import SocketAuthStack

application = ProtocolTypeRouter(
    {
        "http": BodyLimit(django_asgi_app),
        "websocket": SameOriginValidator(
            SocketAuthStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
# The jobs that run on their own, in this process (JOBS_IN_PROCESS; README, "Jobs").
start_in_process()
