#!/usr/bin/env python3
"""HTTP checks of scripts/container-test, through nginx on a loopback port only.

  api.py flow  BASE   -> the catalogue and a checkout made through the API alone; prints `check|PASS/FAIL|detail`
  api.py load  BASE N -> N paced GET /public/sellers (bounded, under nginx's 10 r/s limit); prints `ok failed`

Environment (flow): BOT_TOKEN (signs the buyer's Telegram initData), ADMIN_LOGIN, ADMIN_PASSWORD.
"""
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def call(base, method, path, body=None, headers=None, timeout=20):
    data = None if body is None else json.dumps(body).encode()
    h = {"Content-Type": "application/json"} if body is not None else {}
    h.update(headers or {})
    req = urllib.request.Request(base + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, raw[:200].decode(errors="replace")


def init_data(bot_token, user_id):
    """Telegram Mini App initData, signed as Telegram does (the same as the ITs' InitDataSigner)."""
    fields = {
        "auth_date": str(int(time.time())),
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps({"id": user_id, "first_name": "Покупатель", "last_name": "Тест",
                            "username": f"user{user_id}", "language_code": "ru"},
                           ensure_ascii=False, separators=(",", ":")),
    }
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urllib.parse.urlencode(fields)


def flow(base):
    results = []

    def check(name, ok, detail):
        results.append((name, ok, detail))
        print(f"{name}|{'PASS' if ok else 'FAIL'}|{detail}", flush=True)
        return ok

    st, body = call(base, "GET", "/health")
    check("health via nginx", st == 200 and isinstance(body, dict) and body.get("status") == "UP",
          f"GET /health {st} status={body.get('status') if isinstance(body, dict) else body}")

    st, admin = call(base, "POST", "/admin/login",
                     {"login": os.environ["ADMIN_LOGIN"], "password": os.environ["ADMIN_PASSWORD"]})
    if not check("admin login", st == 200 and "token" in (admin or {}), f"POST /admin/login {st}"):
        return results
    admin_h = {"X-Admin-Token": admin["token"]}

    suffix = str(int(time.time()))[-6:]
    st, city = call(base, "POST", "/admin/coverage/cities", {"name": f"Контейнерск {suffix}"}, admin_h)
    if not check("admin creates a city", st == 200 and "id" in (city or {}), f"POST /admin/coverage/cities {st} id={(city or {}).get('id') if isinstance(city, dict) else city}"):
        return results
    st, cities = call(base, "GET", "/public/cities")
    check("catalogue: /public/cities", st == 200 and any(c.get("id") == city["id"] for c in cities or []),
          f"GET /public/cities {st}, {len(cities or [])} cities, the new one listed")

    tg_id = 7_000_000_000 + int(time.time()) % 1_000_000_000
    seller_body = {"tg_id": tg_id, "fio": "Контейнерный Продавец", "phone": "79990001122",
                   "shop_name": f"Магазин {suffix}", "delivery_type": "both", "city_id": city["id"],
                   "placement_expired_at": time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))}
    st, created = call(base, "POST", "/admin/create_seller", seller_body, admin_h)
    if not check("admin creates a seller", st == 200 and (created or {}).get("web_login"),
                 f"POST /admin/create_seller {st} status={(created or {}).get('status') if isinstance(created, dict) else created}"):
        return results

    st, login = call(base, "POST", "/seller-web/login",
                     {"login": created["web_login"], "password": created["web_password"]})
    if not check("seller login", st == 200 and "token" in (login or {}), f"POST /seller-web/login {st}"):
        return results
    seller_h = {"X-Seller-Token": login["token"]}
    st, limits = call(base, "PUT", "/seller-web/limits?max_delivery_orders=5&max_pickup_orders=5", None, seller_h)
    check("seller sets today's limits", st == 200, f"PUT /seller-web/limits {st}")
    st, product = call(base, "POST", "/seller-web/products",
                       {"seller_id": tg_id, "name": "Розы 51", "description": "", "price": 4500,
                        "quantity": 5, "is_preorder": False}, seller_h)
    product_id = (product or {}).get("id") if isinstance(product, dict) else None
    if not check("seller adds a product", st == 200 and product_id, f"POST /seller-web/products {st} id={product_id}"):
        return results

    st, page = call(base, "GET", "/public/sellers?page=1&per_page=100")
    listed = [s for s in (page or {}).get("sellers", [])] if isinstance(page, dict) else []
    check("catalogue: /public/sellers", st == 200 and any(s.get("seller_id", s.get("id")) == tg_id for s in listed),
          f"GET /public/sellers {st}, total={(page or {}).get('total') if isinstance(page, dict) else '?'}, the new shop listed")
    st, shop = call(base, "GET", f"/public/sellers/{tg_id}")
    check("catalogue: shop page", st == 200 and any(p.get("id") == product_id for p in (shop or {}).get("products", [])),
          f"GET /public/sellers/{tg_id} {st}, the product listed")

    buyer = 6_000_000_000 + int(time.time()) % 1_000_000_000
    buyer_h = {"X-Telegram-Init-Data": init_data(os.environ["BOT_TOKEN"], buyer)}
    st, cart = call(base, "POST", "/buyers/me/cart/items", {"product_id": product_id, "quantity": 2}, buyer_h)
    check("buyer adds to cart (signed initData)", st == 200, f"POST /buyers/me/cart/items {st}")
    st, out = call(base, "POST", "/buyers/me/cart/checkout",
                   {"fio": "Анна", "phone": "79161234567", "delivery_type": "Самовывоз", "address": "Самовывоз"},
                   dict(buyer_h, **{"Idempotency-Key": f"ct-{suffix}"}))
    orders = (out or {}).get("orders", []) if isinstance(out, dict) else []
    order_id = orders[0].get("order_id") if orders else None
    if not check("checkout", st == 200 and len(orders) == 1 and orders[0].get("total_price") == 9000,
                 f"POST /buyers/me/cart/checkout {st} order_id={order_id} total={orders[0].get('total_price') if orders else out}"):
        return results
    st, seller_orders = call(base, "GET", "/seller-web/orders", None, seller_h)
    check("seller sees the order", st == 200 and any(o.get("id", o.get("order_id")) == order_id for o in seller_orders or []),
          f"GET /seller-web/orders {st}, order {order_id} listed")
    st, mine = call(base, "GET", "/buyers/me/orders", None, buyer_h)
    mine_list = mine if isinstance(mine, list) else (mine or {}).get("orders", []) if isinstance(mine, dict) else []
    check("buyer sees the order", st == 200 and any(o.get("id", o.get("order_id")) == order_id for o in mine_list),
          f"GET /buyers/me/orders {st}")
    print(f"ORDER_ID={order_id}")
    return results


def load(base, n):
    ok = failed = 0
    codes = {}
    for _ in range(n):
        try:
            st, _ = call(base, "GET", "/public/sellers?page=1&per_page=20", timeout=15)
        except Exception as e:  # connection reset / timeout: a failure like any non-200
            st = type(e).__name__
        codes[st] = codes.get(st, 0) + 1
        if st == 200:
            ok += 1
        else:
            failed += 1
        time.sleep(0.2)
    print(ok, failed, json.dumps({str(k): v for k, v in codes.items()}))


if __name__ == "__main__":
    if sys.argv[1] == "flow":
        res = flow(sys.argv[2])
        sys.exit(0 if res and all(ok for _, ok, _ in res) else 1)
    load(sys.argv[2], int(sys.argv[3]))
