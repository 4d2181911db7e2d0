"""uvicorn's sans-I/O WebSocket protocol, with events written to a hall as prepared
frames.

Phones get every message compressed with permessage-deflate (a tally of ~100 bytes
becomes ~10 on the hall's Wi-Fi or on mobile data). Compressing each event once per
socket would cost more CPU than everything else a broadcast does, and keep a
compressor per socket. So the server announces `server_no_context_takeover`
(RFC 7692 lets it do so unasked): each message it sends is compressed on its own, the
bytes on the wire of one event are the same for every socket with the same window,
and the hub builds them once (`Prepared`, like gorilla/websocket's PreparedMessage)
and writes them to each socket's transport, without waiting for it: a socket that
has more than LIVE_SOCKET_BUFFER_BYTES (1 MiB) waiting in the process is dropped
instead (its peer does not read), so one stalled phone neither holds the hall's
events back nor makes the process grow. Everything else (acks, snapshots, pings,
closes) goes through uvicorn and websockets as usual.

Serve with `--ws live.ws_protocol:LiveWebSocketProtocol`; the protocol puts its
writer in the scope as the ASGI extension `live.prepared`. Under other servers (or
the test communicator) the hub falls back to plain ASGI sends.
"""

import functools
import logging

from django.conf import settings
from uvicorn.protocols.websockets.websockets_sansio_impl import (
    WebSocketsSansIOProtocol,
)
from websockets.extensions.permessage_deflate import PerMessageDeflate
from websockets.frames import Frame, Opcode
from websockets.protocol import State

log = logging.getLogger(__name__)
EXTENSION = "live.prepared"
ZLIB_LEVEL = 1
MEM_LEVEL = 5


class Prepared:
    """One event's text and its frames, built at most once per kind of socket."""

    __slots__ = ("_frames", "text")

    def __init__(self, text: str):
        self.text = text
        self._frames: dict[int | None, bytes] = {}

    def frame(self, window_bits: int | None) -> bytes:
        """The whole frame for a socket without compression (None) or with
        permessage-deflate at that window size, no context takeover."""
        frame = self._frames.get(window_bits)
        if frame is None:
            extensions = [] if window_bits is None else [_compressor(window_bits)]
            frame = Frame(Opcode.TEXT, self.text.encode()).serialize(
                mask=False, extensions=extensions
            )
            self._frames[window_bits] = frame
        return frame


@functools.cache
def _compressor(window_bits: int) -> PerMessageDeflate:
    """websockets' own permessage-deflate, compressing each message on its own
    (it keeps no state between messages, so one serves every socket)."""
    return PerMessageDeflate(
        remote_no_context_takeover=False,
        local_no_context_takeover=True,
        remote_max_window_bits=15,
        local_max_window_bits=window_bits,
        compress_settings={"level": ZLIB_LEVEL, "memLevel": MEM_LEVEL},
    )


class LiveWebSocketProtocol(WebSocketsSansIOProtocol):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for factory in self.conn.available_extensions:
            factory.server_no_context_takeover = True
            factory.compress_settings = {
                **(factory.compress_settings or {}),
                "level": ZLIB_LEVEL,
            }
        self._window_bits: int | bool | None = False  # False: not known yet

    def handle_connect(self, event) -> None:
        super().handle_connect(event)
        if not self.close_sent:
            self.scope["extensions"][EXTENSION] = self.send_prepared

    def send_prepared(self, prepared: Prepared) -> bool:
        """Write a prepared event; False when this socket cannot take it that way
        (closing, or compressing with context takeover) and must use ASGI."""
        if self.close_sent or self.conn.state is not State.OPEN:
            return False
        if self.transport.is_closing():
            return False
        bits = self._window_bits
        if bits is False:
            bits = self._window_bits = _window_bits(self.conn.extensions)
        if bits is False:
            return False
        if self.transport.get_write_buffer_size() > settings.LIVE_SOCKET_BUFFER_BYTES:
            # The peer does not read (a stalled phone, a client that never reads):
            # what it has not taken would grow with every event. Drop it; if it is
            # alive it reconnects and redraws from a fresh snapshot.
            log.warning("live socket %s dropped: it does not read", self.client)
            self.transport.abort()
            return True
        self.transport.write(prepared.frame(bits))
        return True


def _window_bits(extensions) -> int | bool | None:
    """None: no compression; the server's window when it compresses each message
    on its own; False when prepared frames cannot be used."""
    if not extensions:
        return None
    if len(extensions) == 1 and isinstance(extensions[0], PerMessageDeflate):
        deflate = extensions[0]
        if deflate.local_no_context_takeover:
            return deflate.local_max_window_bits or 15
    return False
