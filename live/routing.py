"""WebSocket routes under /ws/live/ (the live sessions issue fills them in)."""

websocket_urlpatterns = []
