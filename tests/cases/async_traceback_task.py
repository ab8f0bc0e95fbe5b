# uncaught exception raised in a coroutine two awaits deep under asyncio.run: traceback frames must match
import asyncio


class ConfigError(Exception):
    pass


async def load(key):
    await asyncio.sleep(0)
    if key == "bad":
        raise ConfigError(f"no such key: {key!r}")
    return key.upper()


async def resolve(keys):
    out = []
    for k in keys:
        out.append(await load(k))
        print("loaded", out[-1])
    return out


async def main():
    print(await resolve(["a", "b"]))
    await resolve(["c", "bad", "d"])
    print("not reached")


asyncio.run(main())
