"""LangChain's `ChatOpenAI` against a live server: tools and structured output.

The shape is what is tested (the default model is tiny): a bound tool is called with
arguments of the right types, its result fed back gets an answer, and each
`with_structured_output` method returns a parsed value.
"""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field

langchain_openai = pytest.importorskip("langchain_openai")
messages = pytest.importorskip("langchain_core.messages")
tools = pytest.importorskip("langchain_core.tools")


class Movie(BaseModel):
    """A film."""

    title: str = Field(max_length=40)
    year: int = Field(ge=1900, le=2030)


@pytest.fixture(scope="module")
def llm(server, model_id):
    return langchain_openai.ChatOpenAI(base_url=f"{server.base_url}/v1", api_key="unused",
                                       model=model_id, temperature=0.5, max_tokens=200,
                                       timeout=600, seed=7)


def test_bind_tools_and_a_tool_loop(llm) -> None:
    @tools.tool
    def multiply(a: int, b: int) -> int:
        """Multiply two integers."""
        return a * b

    question = messages.HumanMessage("Use the tool: what is 6 times 7?")
    call_message = llm.bind_tools([multiply], tool_choice="required").invoke([question])
    assert call_message.tool_calls, call_message
    call = call_message.tool_calls[0]
    assert call["name"] == "multiply"
    assert isinstance(call["args"]["a"], int) and isinstance(call["args"]["b"], int)
    result = multiply.invoke(call)  # a ToolMessage with the call's id
    answer = llm.bind_tools([multiply], tool_choice="none").invoke(
        [question, call_message, result])
    assert isinstance(answer.content, str) and answer.content.strip()
    assert not answer.tool_calls


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_with_structured_output_gives_the_model(llm, method) -> None:
    structured = llm.with_structured_output(Movie, method=method)
    movie = structured.invoke("Name a famous film and its year, as JSON.")
    assert isinstance(movie, Movie)


def test_with_structured_output_json_mode_gives_an_object(llm) -> None:
    schema = {"title": "Movie", "description": "A film.", "type": "object",
              "properties": {"title": {"type": "string"}, "year": {"type": "integer"}}}
    structured = llm.with_structured_output(schema, method="json_mode")
    value = structured.invoke("Name a famous film and its year, as a JSON object.")
    assert isinstance(value, dict)
