"""Two middleware that keep Django's ASGI request path short.

Under ASGI, each middleware Django runs in async mode calls its request and response
hooks on the sync thread, two thread trips per middleware, and a sync-only middleware
switches everything below it. `StaticFilesMiddleware` is WhiteNoise able to run in
either mode (its lookup is a dictionary read; a file-system check only with
autorefresh, in tests); `SyncChain`, last in MIDDLEWARE, puts the whole chain in sync
mode, so a request makes one trip to the sync thread instead of about twenty.
"""

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from whitenoise.middleware import WhiteNoiseMiddleware


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    sync_capable = True
    async_capable = True

    def __init__(self, get_response, *args, **kwargs):
        super().__init__(get_response, *args, **kwargs)
        self.is_async = iscoroutinefunction(get_response)
        if self.is_async:
            markcoroutinefunction(self)

    def __call__(self, request):
        if self.is_async:
            return self._acall(request)
        return super().__call__(request)

    async def _acall(self, request):
        static_file = self._static_file(request.path_info)
        if static_file is not None:
            return self.serve(static_file, request)
        return await self.get_response(request)

    def _static_file(self, path: str):
        if self.autorefresh:
            return self.find_file(path)
        return self.files.get(path)


class SyncChain:
    """Innermost and sync-only: every middleware above it then runs in sync mode."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)
