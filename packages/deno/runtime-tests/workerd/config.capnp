# The workerd config for the smoke test. The harness copies it next to the bundled worker
# and fills in the URL and key placeholders. The worker's only outbound network is "local" (loopback).
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smokeWorker),
    (name = "loopback", network = (allow = ["local"])),
  ],
);

const smokeWorker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "2026-11-01",
  bindings = [
    (name = "REFERENCE_SERVER_URL", text = "@URL@"),
    (name = "REFERENCE_SERVER_KEY", text = "@KEY@"),
  ],
  globalOutbound = "loopback",
);
