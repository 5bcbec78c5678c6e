"""A minimal W3C WebDriver client for chromedriver, Python 3 standard library only.

    with Chromedriver() as driver:          # starts chromedriver on a free port
        with driver.session() as browser:   # a headless Chromium session
            browser.get("file:///...")
            browser.execute("return document.title")

Leaving either block, normally or by an exception, quits the session and stops chromedriver.
"""

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C web element reference key

# W3C key codes (https://www.w3.org/TR/webdriver2/#keyboard-actions)
BACKSPACE = "\ue003"


class WebDriverError(Exception):
    pass


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_browser():
    """Paths of chromedriver and chromium, or None for each one missing."""
    driver = shutil.which("chromedriver") or next(
        (p for p in ("/usr/bin/chromedriver",) if os.access(p, os.X_OK)), None)
    browser = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium",
                                shutil.which("chromium-browser"))
                    if p and os.access(p, os.X_OK)), None)
    return driver, browser


def _die_with_parent():
    """In the child: get SIGTERM when the test process dies, even by SIGKILL (Linux)."""
    try:
        import ctypes
        import signal
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class Chromedriver:
    def __init__(self, driver_path=None, browser_path=None, timeout=30):
        found_driver, found_browser = find_browser()
        self.driver_path = driver_path or found_driver
        self.browser_path = browser_path or found_browser
        self.timeout = timeout
        self.proc = None
        self.log = None
        self.url = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def start(self):
        port = _free_port()
        self.url = "http://127.0.0.1:%d" % port
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([self.driver_path, "--port=%d" % port],
                                     stdin=subprocess.DEVNULL, stdout=self.log,
                                     stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise WebDriverError("chromedriver exited with %s: %s"
                                     % (self.proc.returncode, self.output()))
            try:
                if self.request("GET", "/status", timeout=2).get("ready"):
                    return
            except (OSError, WebDriverError):
                pass
            time.sleep(0.1)
        raise WebDriverError("chromedriver did not become ready in %ss: %s"
                             % (self.timeout, self.output()))

    def output(self):
        if not self.log:
            return ""
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-4000:]

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None
        if self.log:
            self.log.close()
            self.log = None

    def request(self, method, path, body=None, timeout=60):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                payload = json.loads(resp.read() or b"{}")
        except urllib.error.HTTPError as e:
            try:
                payload = json.loads(e.read())
            except ValueError:
                raise WebDriverError("%s %s: HTTP %s" % (method, path, e.code))
        value = payload.get("value")
        if isinstance(value, dict) and "error" in value:
            message = (value.get("message") or "").split("\n")[0]
            raise WebDriverError("%s %s: %s: %s" % (method, path, value["error"], message))
        return value

    def session(self, args=("--headless=new", "--no-sandbox", "--disable-gpu",
                            "--window-size=1280,1800", "--disable-dev-shm-usage")):
        options = {"args": list(args)}
        if self.browser_path:
            options["binary"] = self.browser_path
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        value = self.request("POST", "/session", caps)
        return Session(self, value["sessionId"])


class Session:
    def __init__(self, driver, session_id):
        self.driver = driver
        self.id = session_id

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.quit()
        return False

    def quit(self):
        if self.id:
            try:
                self.driver.request("DELETE", "/session/" + self.id, timeout=20)
            except (OSError, WebDriverError):
                pass  # chromedriver is stopped next anyway, which ends its browser
            self.id = None

    def _call(self, method, path, body=None):
        return self.driver.request(method, "/session/%s%s" % (self.id, path), body)

    def get(self, url):
        self._call("POST", "/url", {"url": url})

    def execute(self, script, *args):
        """Runs script as a function body; arguments are arguments[0..]; returns its value."""
        return self._call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        """The first element matching css (a reference usable as an execute argument)."""
        return self._call("POST", "/element", {"using": "css selector", "value": css})

    def find_all(self, css):
        return self._call("POST", "/elements", {"using": "css selector", "value": css})

    @staticmethod
    def _eid(element):
        return element[ELEMENT]

    def click(self, element):
        self._call("POST", "/element/%s/click" % self._eid(element), {})

    def send_keys(self, element, text):
        self._call("POST", "/element/%s/value" % self._eid(element), {"text": text})

    def displayed(self, element):
        return self._call("GET", "/element/%s/displayed" % self._eid(element))

    def screenshot(self, path):
        png = base64.b64decode(self._call("GET", "/screenshot"))
        with open(path, "wb") as f:
            f.write(png)
        return path

    def browser_log(self):
        """Console messages since the last call: [{level, message, source, timestamp}]."""
        return self._call("POST", "/se/log", {"type": "browser"}) or []

    def cdp(self, cmd, params=None):
        """A Chrome DevTools Protocol command, through chromedriver."""
        return self._call("POST", "/goog/cdp/execute", {"cmd": cmd, "params": params or {}})
