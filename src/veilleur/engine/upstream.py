"""The upstream backend: any OpenAI-compatible server (vLLM, SGLang, llama-server, Veilleur).

Chats go to the upstream's `/chat/completions` (it applies its own chat template) and raw
prompts to `/completions`, both streamed; the upstream, which has the tokenizer, decides
whether a prompt fits. Token counts for fitting a conversation into the window are
estimated locally (a conservative 1 token per 3 UTF-8 bytes, plus a few per
message) so that no round trip is spent on them; the exact usage the upstream reports is
what the API returns. Upstream errors are translated where they enter: a 4xx becomes
`InvalidRequestError` with the upstream's message; an unreachable upstream, a 5xx, a
timeout or a broken stream `UpstreamError` (an `EngineGenerateError`: the pool in
`veilleur.engine.pool` takes such an upstream out and retries elsewhere).
A request's `logprobs` is sent as the endpoint takes it (chat: `logprobs: true` and
`top_logprobs`; completions: `logprobs: N`) and the upstream's entries come back on the
text deltas they arrived with.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

import httpx

from veilleur.engine.base import (
    ChatMessage,
    EmbeddingResult,
    EngineEvent,
    EventStream,
    Finished,
    GenerationRequest,
    ModelInfo,
    TextDelta,
    Usage,
)
from veilleur.engine.chat_format import ROLE_STOPS
from veilleur.engine.streaming import StopMatcher
from veilleur.errors import (
    ContextLengthError,
    EngineGenerateError,
    EngineOverloadedError,
    InvalidRequestError,
    ModelLoadError,
)
from veilleur.types import TokenLogprob, ToolCallDelta, ToolSpec

__all__ = ["OpenAIUpstreamBackend", "UpstreamError"]

log = logging.getLogger(__name__)

_PER_MESSAGE_TOKENS = 6  # role markers and separators of a typical chat template


class UpstreamError(EngineGenerateError):
    """The upstream server failed: unreachable, reset, timed out, a 5xx or a broken stream.

    `busy` when it answered 503 (its queue is full): it is alive, the request may go
    elsewhere, but it is not taken out of rotation.
    """

    def __init__(self, message: str, *, url: str, busy: bool = False):
        super().__init__(message)
        self.url = url
        self.busy = busy


class OpenAIUpstreamBackend:
    """A remote model reached over the OpenAI protocol."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        model_name: str | None = None,
        context_length: int = 4096,
        max_in_flight: int = 16,
        timeout_s: float = 600.0,
        redact: Callable[[str], str] | None = None,
        info: ModelInfo | None = None,
    ):
        """Connect to `base_url` and read the model it serves from its `/models`.

        With `info` (the pool's members after the first), the listing is not read: the
        upstream is taken to serve that model, and the pool's health probe checks it.
        """
        self._base = base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout = httpx.Timeout(timeout_s, connect=10.0)
        self._redact = redact
        self._max_in_flight = max_in_flight
        self._in_flight = 0
        self._ready = True
        self._client = httpx.AsyncClient(
            base_url=self._base, headers=self._headers, timeout=self._timeout
        )
        if info is not None:
            self._info = info
            return
        try:
            response = httpx.get(f"{self._base}/models", headers=self._headers, timeout=10.0)
            response.raise_for_status()
            models = response.json()["data"]
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise ModelLoadError(
                f"the upstream server at {self._base} did not list its models: {exc}"
            ) from exc
        if not models:
            raise ModelLoadError(f"the upstream server at {self._base} serves no model")
        chosen = next((m for m in models if m.get("id") == model_name), None)
        if model_name and chosen is None:
            raise ModelLoadError(
                f"the upstream server at {self._base} does not serve {model_name!r}; "
                f"it serves {[m.get('id') for m in models]}"
            )
        chosen = chosen or models[0]
        window = chosen.get("max_model_len") or chosen.get("context_length") or context_length
        self._info = ModelInfo(
            id=str(chosen["id"]),
            context_length=int(window),
            owned_by=str(chosen.get("owned_by", "upstream")),
            created=int(chosen.get("created") or 0),
        )

    @property
    def info(self) -> ModelInfo:
        return self._info

    @property
    def url(self) -> str:
        """The base URL (without a trailing slash)."""
        return self._base

    @property
    def headers(self) -> dict[str, str]:
        """What each request sends (the bearer key, if any): the health probe sends it too."""
        return dict(self._headers)

    def is_ready(self) -> bool:
        return self._ready

    def stats(self) -> dict[str, float]:
        return {}  # the upstream server exports its own

    def count_tokens(self, text: str) -> int:
        return math.ceil(len(text.encode("utf-8")) / 3)

    def count_chat_tokens(self, messages: Sequence[ChatMessage],
                          tools: Sequence[ToolSpec] = ()) -> int:
        # An estimate (the upstream tokenizes): the tools as JSON, like the request sends.
        functions = sum(self.count_tokens(json.dumps(
            {"name": t.name, "description": t.description, "parameters": t.parameters}))
            for t in tools)
        return sum(self.count_tokens(m.content) + _PER_MESSAGE_TOKENS for m in messages) \
            + functions + 3

    def generate(self, request: GenerationRequest) -> EventStream:
        if self._in_flight >= self._max_in_flight:
            raise EngineOverloadedError(
                f"{self._in_flight} requests are already in flight to the upstream server",
                retry_after=1,
            )
        self._in_flight += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._in_flight -= 1

        return EventStream(self._stream(request), release)

    async def embed(self, texts: Sequence[str], *, dimensions: int | None = None
                    ) -> EmbeddingResult:
        if self._in_flight >= self._max_in_flight:
            raise EngineOverloadedError(
                f"{self._in_flight} requests are already in flight to the upstream server",
                retry_after=1,
            )
        clean = self._redact or (lambda text: text)
        body: dict[str, Any] = {"model": self._info.id, "input": [clean(t) for t in texts],
                                "encoding_format": "float"}
        if dimensions is not None:
            body["dimensions"] = dimensions
        self._in_flight += 1
        try:
            response = await self._client.post("/embeddings", json=body)
        except httpx.HTTPError as exc:
            raise EngineGenerateError(f"the upstream server at {self._base} failed: {exc}") from exc
        finally:
            self._in_flight -= 1
        if response.status_code >= 400:
            raise _translate(response)
        try:
            answer = response.json()
            rows = sorted(answer["data"], key=lambda row: int(row["index"]))
            vectors = [[float(x) for x in row["embedding"]] for row in rows]
            tokens = int((answer.get("usage") or {}).get("prompt_tokens") or 0)
        except (ValueError, KeyError, TypeError) as exc:
            raise EngineGenerateError(
                f"the upstream server sent an invalid embeddings answer: {exc}") from exc
        if len(vectors) != len(texts):
            raise EngineGenerateError(f"the upstream server sent {len(vectors)} embeddings "
                                      f"for {len(texts)} inputs")
        return EmbeddingResult(vectors=vectors, prompt_tokens=tokens)

    async def aclose(self) -> None:
        self._ready = False
        await self._client.aclose()

    # --- internals ----------------------------------------------------------------------
    def _body(self, request: GenerationRequest) -> tuple[str, dict[str, Any]]:
        s = request.sampling
        body: dict[str, Any] = {
            "model": self._info.id,
            "stream": True,
            "stream_options": {"include_usage": True},
            "temperature": s.temperature,
            "top_p": s.top_p,
            "max_tokens": s.max_tokens,
            "presence_penalty": s.presence_penalty,
            "frequency_penalty": s.frequency_penalty,
            # vLLM, SGLang and llama.cpp's server understand these extensions.
            "top_k": s.top_k,
            "min_p": s.min_p,
            "repetition_penalty": s.repeat_penalty,
        }
        if s.stop:
            body["stop"] = list(s.stop)
        if s.seed is not None:
            body["seed"] = s.seed
        clean = self._redact or (lambda text: text)
        if request.logprobs is not None:  # the upstream's logprobs come back as it sends them
            if request.messages is not None:
                body["logprobs"], body["top_logprobs"] = True, request.logprobs
            else:
                body["logprobs"] = request.logprobs
        if request.messages is not None:
            body["messages"] = [_wire_message(m, clean) for m in request.messages]
            # Structured output and tools are the upstream's to enforce: passed as sent.
            if request.response_format is not None:
                body["response_format"] = request.response_format.raw
            if request.tools:
                body["tools"] = [
                    {"type": "function", "function": {
                        "name": t.name, "description": t.description,
                        **({"parameters": t.parameters} if t.parameters is not None else {})}}
                    for t in request.tools]
                choice = request.tool_choice
                body["tool_choice"] = choice if choice in ("auto", "none", "required") else {
                    "type": "function", "function": {"name": choice}}
                body["parallel_tool_calls"] = request.parallel_tool_calls
            return "/chat/completions", body
        body["prompt"] = clean(request.prompt or "")
        if request.response_format is not None:  # vLLM and llama.cpp's server take it here
            body["response_format"] = request.response_format.raw
        return "/completions", body

    async def _stream(self, request: GenerationRequest) -> AsyncIterator[EngineEvent]:
        path, body = self._body(request)
        reason = "stop"
        usage: Usage | None = None
        produced = 0
        ended = False  # [DONE] or a finish_reason came: a stream closed before is cut short
        pending: list[TokenLogprob] = []  # logprobs of text not shown yet (held back)
        # The upstream's own stop strings are exact: Veilleur matches them again, and the
        # role markers of a chat whatever their case (see `RoleStop`), on what comes back.
        matcher = StopMatcher((*request.sampling.stop,
                               *(ROLE_STOPS if request.messages is not None else ())))
        try:
            async with self._client.stream("POST", path, json=body) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise _translate(response, self._base)
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        ended = True
                        break
                    chunk = json.loads(data)
                    if "error" in chunk:
                        raise UpstreamError(
                            f"the upstream server at {self._base} failed: "
                            f"{chunk['error'].get('message')}", url=self._base)
                    if chunk.get("usage"):
                        u = chunk["usage"]
                        cached = (u.get("prompt_tokens_details") or {}).get("cached_tokens") or 0
                        usage = Usage(u["prompt_tokens"], u["completion_tokens"], cached)
                    for choice in chunk.get("choices") or []:
                        for call in (choice.get("delta") or {}).get("tool_calls") or []:
                            function = call.get("function") or {}
                            yield ToolCallDelta(int(call.get("index") or 0), call.get("id"),
                                                function.get("name"),
                                                function.get("arguments") or "")
                        if request.logprobs is not None:
                            pending.extend(_read_logprobs(choice.get("logprobs")))
                        text = (choice.get("delta") or {}).get("content") or choice.get("text")
                        if text and (shown := matcher.push(text)):
                            produced += 1
                            yield TextDelta(shown, tuple(pending))
                            pending.clear()
                        if choice.get("finish_reason"):
                            reason = choice["finish_reason"]
                            ended = True
                    if matcher.stopped:  # leaving the stream closes it: the upstream stops
                        reason, ended = "stop", True
                        break
        except httpx.HTTPError as exc:
            raise UpstreamError(f"the upstream server at {self._base} failed: "
                                f"{type(exc).__name__} {exc}", url=self._base) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise UpstreamError(f"the upstream server at {self._base} sent an invalid stream: "
                                f"{exc}", url=self._base) from exc
        if not ended:
            raise UpstreamError(f"the upstream server at {self._base} closed its stream before "
                                "the end of the answer", url=self._base)
        if tail := matcher.flush():
            produced += 1
            yield TextDelta(tail, tuple(pending))
        if reason not in ("stop", "length", "content_filter", "tool_calls"):
            reason = "stop"
        yield Finished(reason, usage or Usage(0, produced))  # type: ignore[arg-type]


def _read_logprobs(data: Any) -> list[TokenLogprob]:
    """A chunk's logprobs: chat's ``{"content": [{token, logprob, bytes, top_logprobs}]}``
    or the legacy ``{tokens, token_logprobs, top_logprobs: [{token: logprob}]}``."""
    if not isinstance(data, dict):
        return []
    if "content" in data:
        return [TokenLogprob(
            e["token"], float(e["logprob"]), _raw(e),
            tuple(TokenLogprob(t["token"], float(t["logprob"]), _raw(t))
                  for t in e.get("top_logprobs") or ()))
            for e in data.get("content") or ()]
    tops = data.get("top_logprobs") or []
    out = []
    for i, (token, logprob) in enumerate(zip(data.get("tokens") or (),
                                             data.get("token_logprobs") or (), strict=False)):
        top = tops[i] if i < len(tops) and isinstance(tops[i], dict) else {}
        out.append(TokenLogprob(
            token, float(logprob if logprob is not None else 0.0), token.encode("utf-8"),
            tuple(TokenLogprob(t, float(v), t.encode("utf-8"))
                  for t, v in sorted(top.items(), key=lambda kv: -kv[1]))))
    return out


def _raw(entry: dict[str, Any]) -> bytes:
    """A token's bytes: as the upstream lists them, else its text's."""
    listed = entry.get("bytes")
    return bytes(listed) if listed is not None else str(entry["token"]).encode("utf-8")


def _wire_message(message: ChatMessage, clean: Callable[[str], str]) -> dict[str, Any]:
    out: dict[str, Any] = {"role": message.role, "content": clean(message.content)}
    if message.tool_calls:
        out["tool_calls"] = [{"id": c.id, "type": "function",
                              "function": {"name": c.name, "arguments": clean(c.arguments)}}
                             for c in message.tool_calls]
        out["content"] = out["content"] or None
    if message.tool_call_id is not None:
        out["tool_call_id"] = message.tool_call_id
    return out


def _translate(response: httpx.Response, url: str | None = None) -> Exception:
    code = None
    try:
        error = response.json()["error"]
        message, code = error["message"], error.get("code")
    except (ValueError, KeyError, TypeError):
        message = response.text[:500] or f"HTTP {response.status_code}"
    if code == "context_length_exceeded" or "context length" in message.lower():
        return ContextLengthError(f"the upstream server refused the prompt: {message}")
    if 400 <= response.status_code < 500:
        return InvalidRequestError(f"the upstream server refused the request: {message}")
    where = f" at {url}" if url else ""
    return UpstreamError(f"the upstream server{where} failed ({response.status_code}): "
                         f"{message}", url=url or "", busy=response.status_code == 503)
