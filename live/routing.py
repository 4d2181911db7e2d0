"""WebSocket routes under /ws/live/."""

from django.urls import path

from live.consumers import LiveConsumer

websocket_urlpatterns = [
    path("ws/live/<str:code>/", LiveConsumer.as_asgi()),
]
