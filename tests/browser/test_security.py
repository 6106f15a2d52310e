"""Nothing a user or a model writes runs as code; the page's headers are strict.

The assistant message carrying the payloads is written straight into the server's store
(`seed`): a tiny model cannot be made to echo markup on demand, and the page reads a stored
answer through the same API and the same renderer (`renderMarkdown`) as a streamed one.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

PAYLOAD = "<img src=x onerror=alert(1)>"
ANSWER = f"""Here is the markup you asked about: {PAYLOAD}

<script>alert(2)</script>
<svg onload=alert(3)></svg>
[click me](javascript:alert(4)) and <a href="javascript:alert(5)">this link</a>
![tracking pixel](https://tracker.example/pixel.png)
<p style="position:fixed;inset:0">styled</p>

```html
{PAYLOAD}
```
"""


def test_the_page_has_a_strict_content_security_policy(api: httpx.Client) -> None:
    response = api.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    page = response.text
    assert "<script>" not in page and "<style" not in page
    assert not re.search(r"\son[a-z]+\s*=", page), "an inline event handler"


def test_static_files_are_served_and_confined(api: httpx.Client) -> None:
    script = api.get("/static/js/app.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "content-security-policy" in script.headers
    for path in ("/static/../routes.py", "/static/%2e%2e/routes.py", "/static/nope.js"):
        assert api.get(path).status_code == 404, path


def test_markup_in_an_answer_and_in_a_question_stays_inert(
    open_page: Any, seed: Any, api: httpx.Client
) -> None:
    cid, _, _ = seed(user=f"What does {PAYLOAD} do?", answer=ANSWER)
    w = open_page()
    page = w.open(f"/#/c/{cid}")
    page.wait_for_selector("article.assistant[data-status='complete']")
    page.wait_for_timeout(300)  # time for an image error or a load event to fire

    assert w.dialogs == []
    body = page.locator("article.assistant .message-body")
    for selector in ("img", "script", "svg", "[onerror]", "[onload]", "[style]", "iframe"):
        assert body.locator(selector).count() == 0, selector
    hrefs = [a.get_attribute("href") or "" for a in body.locator("a").all()]
    assert not any(h.lower().startswith("javascript:") for h in hrefs), hrefs
    text = body.inner_text()
    assert PAYLOAD in text  # shown as text, not parsed
    assert body.locator(".code-block code").inner_text().strip() == PAYLOAD
    user = page.locator("article.user .message-body")
    assert user.inner_text() == f"What does {PAYLOAD} do?"
    assert user.locator("img").count() == 0

    # The same through the live path: a question typed in the page, answered by the model.
    api.patch(f"/api/conversations/{cid}", json={"settings": {"sampling": {"max_tokens": 4}}})
    page.fill("#composer-input", f"Repeat exactly: {PAYLOAD}")
    page.press("#composer-input", "Enter")
    page.wait_for_selector("article.user >> nth=1")
    page.wait_for_selector("#send-button:visible")
    assert page.locator("#messages article img").count() == 0
    assert w.dialogs == []
