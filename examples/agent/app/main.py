"""The example agent: AgentCore Runtime's HTTP contract (GET /ping, POST /invocations) on $PORT, 8080 by default.

Python's standard library only, so it runs from the image's files with any python3. The answer
shows the payload, the session and the environment the runtime gave the agent.
"""
import json
import os
import sys
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# The runtime's variables this agent shows in its answers (never secrets).
SHOWN_ENV = ("AWS_REGION", "LOG_LEVEL", "PROMPT_STYLE")
SESSION_HEADER = "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id"


def answer(request):
    """What the agent says to one invocation's payload."""
    prompt = str(request.get("prompt", ""))
    return {"response": "pong" if prompt == "ping" else f"You said: {prompt}"}


class Agent(BaseHTTPRequestHandler):
    def _reply(self, status, body):
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self):
        if self.path == "/ping":
            self._reply(200, {"status": "Healthy"})
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self):
        if self.path != "/invocations":
            self._reply(404, {"error": "not found"})
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
            request = json.loads(self.rfile.read(length) or b"{}")
            body = answer(request)
        except Exception as error:  # An agent's bug is a 500 with its cause, and a traceback in its log.
            traceback.print_exc()
            self._reply(500, {"error": f"{type(error).__name__}: {error}"})
            return
        body["payload"] = request
        body["session"] = self.headers.get(SESSION_HEADER)
        body["env"] = {name: os.environ[name] for name in SHOWN_ENV if name in os.environ}
        self._reply(200, body)

    def log_message(self, format, *args):
        # Requests go to stdout, so stderr holds only what went wrong.
        sys.stdout.write("agent: " + format % args + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    print(f"agent listening on port {port}", flush=True)
    ThreadingHTTPServer(("0.0.0.0", port), Agent).serve_forever()
