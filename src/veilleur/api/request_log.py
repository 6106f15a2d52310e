"""The id of each request, and one access log line per request.

`RequestContextMiddleware` is the outermost layer but the metrics: it takes the request's
id from a valid `X-Request-ID` header (a proxy's or a client's) or makes one, puts it in
`veilleur.context.REQUEST_ID` for everything that serves the request (logs, the safety
audit), sends it back as `X-Request-ID` on every response (refusals included), and when
the response is done (a stream: at its last byte, or when the client left) logs one
line on `veilleur.access`: method, path, route template, status, duration, client
address, the user the request acted as, and whether the client went away. Never the
query string, a header's value or a body.
"""

from __future__ import annotations

import logging
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veilleur.context import REQUEST_ID, new_request_id, valid_request_id

__all__ = ["RequestContextMiddleware"]

log = logging.getLogger("veilleur.access")


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = None
        for name, value in scope.get("headers", ()):
            if name == b"x-request-id":
                sent = value.decode("latin-1")
                break
        rid = valid_request_id(sent) or new_request_id()
        token = REQUEST_ID.set(rid)
        began = time.perf_counter()
        status = 500
        finished = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, finished
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [(k, v) for k, v in message.get("headers", ())
                           if k.lower() != b"x-request-id"]
                headers.append((b"x-request-id", rid.encode()))
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            principal = (scope.get("state") or {}).get("principal")
            client = scope.get("client")
            log.info(
                "%s %s %d", scope["method"], scope["path"], status,
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "route": getattr(scope.get("route"), "path", None),
                    "status": status,
                    "duration_ms": round((time.perf_counter() - began) * 1000, 1),
                    "client": client[0] if client else None,
                    "user": getattr(principal, "username", None),
                    "completed": finished,
                },
            )
            REQUEST_ID.reset(token)
