"""WhiteNoise that also runs in async mode, so the ASGI server never queues behind it.

WhiteNoise's middleware is sync-only. Under ASGI, Django then runs it, and every
request below it, on its one thread for sync code: each request holds that thread from
start to finish, async views (``/healthz``, the live pages) included, and the next
request waits. In async mode the lookup below is a dictionary read (a file-system
check only with autorefresh, in tests), so it can run on the event loop.
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
