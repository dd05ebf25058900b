// Conformance driver for TestPolymarketConformance: runs the official @polymarket/clob-client-v2 (installed by the
// test with npm next to this file). Prints one JSON document on stdout.
//   node conformance.mjs sign <count> <seed>     random orders built and signed by the official OrderBuilder
//   node conformance.mjs sign1271 <count> <seed> the same for POLY_1271 orders of deposit wallet DEPOSIT_WALLET
//   node conformance.mjs headers                  L1 and L2 auth headers for fixed inputs
//   node conformance.mjs client <clobUrl> <yesTokenId> <negRisk>   the official ClobClient against the simulator
import { ClobClient, OrderBuilder, Side, OrderType, createL1Headers, createL2Headers } from "@polymarket/clob-client-v2";
import { Wallet } from "@ethersproject/wallet";

const KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const DEPOSIT_WALLET = "0x2222222222222222222222222222222222222222";
const TICKS = ["0.1", "0.01", "0.005", "0.0025", "0.001", "0.0001"];

// Small deterministic PRNG (mulberry32) so a failing case can be replayed from its seed.
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

async function sign(count, seed, depositWallet) {
    const wallet = new Wallet(KEY);
    const builder = depositWallet ? new OrderBuilder(wallet, 137, 3, depositWallet) : new OrderBuilder(wallet, 137);
    const random = rng(seed);
    const out = [];
    for (let i = 0; i < count; ++i) {
        const tick = TICKS[Math.floor(random() * TICKS.length)];
        const steps = Math.round(1 / parseFloat(tick));
        const k = 1 + Math.floor(random() * (steps - 1));
        const price = parseFloat((k * parseFloat(tick)).toFixed(4));
        const negRisk = random() < 0.5;
        const side = random() < 0.5 ? Side.BUY : Side.SELL;
        const market = random() < 0.3;
        const tokenID = `${Math.floor(random() * 1e15)}${Math.floor(random() * 1e15)}`;
        let signed;
        let input;
        if (market) {
            const amount = Math.floor(random() * 100000 + 1) / 100; // dollars for BUY, shares for SELL
            input = { kind: "market", tick, price, amount, side, negRisk, tokenID };
            signed = await builder.buildMarketOrder({ tokenID, price, amount, side, orderType: OrderType.FOK },
                                                    { tickSize: tick, negRisk }, 2);
        } else {
            const size = Math.floor(random() * 100000 + 1) / 100;
            input = { kind: "limit", tick, price, size, side, negRisk, tokenID };
            signed = await builder.buildOrder({ tokenID, price, size, side }, { tickSize: tick, negRisk }, 2);
        }
        out.push({ input, signed });
    }
    return out;
}

async function client(host, token, negRisk) {
    const wallet = new Wallet(KEY);
    const result = {};
    const l1 = new ClobClient({ host, chain: 137, signer: wallet });
    const creds = await l1.createOrDeriveApiKey();
    result.apiKey = creds.key ?? null;
    const trader = new ClobClient({ host, chain: 137, signer: wallet, creds });
    const options = { tickSize: "0.01", negRisk };
    const attempt = async (name, fn) => {
        try {
            result[name] = await fn();
        } catch (e) {
            result[name] = { thrown: String(e?.message ?? e) };
        }
    };
    await attempt("post", () => trader.createAndPostOrder({ tokenID: token, price: 0.45, size: 10, side: Side.BUY },
                                                          options, OrderType.GTC));
    await attempt("open", () => trader.getOpenOrders());
    const orderId = result.post?.orderID;
    await attempt("cancel", () => trader.cancelOrder({ orderID: orderId }));
    // A tampered signature: one bit of s flipped.
    await attempt("tampered", async () => {
        const order = await trader.createOrder({ tokenID: token, price: 0.44, size: 10, side: Side.BUY }, options);
        const sig = order.signature;
        const flipped = sig.slice(0, 70) + ((parseInt(sig[70], 16) ^ 1).toString(16)) + sig.slice(71);
        return trader.postOrder({ ...order, signature: flipped }, OrderType.GTC);
    });
    // Beyond the wallet's balance.
    await attempt("broke", () => trader.createAndPostOrder({ tokenID: token, price: 0.5, size: 1000000, side: Side.BUY },
                                                           options, OrderType.GTC));
    // Off the venue's tick: built with a 0.001 tick by the bare OrderBuilder (the ClobClient itself reads the
    // market's 0.01 from /tick-size and refuses), then posted by the official client.
    await attempt("offTick", async () => {
        const order = await new OrderBuilder(wallet, 137).buildOrder(
            { tokenID: token, price: 0.455, size: 10, side: Side.BUY }, { tickSize: "0.001", negRisk }, 2);
        return trader.postOrder(order, OrderType.GTC);
    });
    // A wrong API secret.
    const wrong = new ClobClient({ host, chain: 137, signer: wallet,
                                   creds: { ...creds, secret: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" } });
    await attempt("wrongSecret", () => wrong.getBalanceAllowance({ asset_type: "COLLATERAL" }));
    return result;
}

async function headers() {
    const wallet = new Wallet(KEY);
    const creds = { key: "00000000-1111-2222-3333-444444444444", secret: "c2VjcmV0LWtleS1mb3ItY29uZm9ybWFuY2UtdGVzdHM=",
                    passphrase: "passphrase-1" };
    const body = JSON.stringify({ orderID: "0xabc", extra: [1, 2, 3] });
    return {
        l1: await createL1Headers(wallet, 137, 7, 1761177600),
        l2: await createL2Headers(wallet, creds, { method: "DELETE", requestPath: "/order", body }, 1761177601),
        l2get: await createL2Headers(wallet, creds, { method: "GET", requestPath: "/data/orders" }, 1761177602),
        body,
        creds,
    };
}

const [mode, ...args] = process.argv.slice(2);
const output = mode === "sign" ? await sign(parseInt(args[0], 10), parseInt(args[1] ?? "1", 10))
             : mode === "sign1271" ? await sign(parseInt(args[0], 10), parseInt(args[1] ?? "1", 10), DEPOSIT_WALLET)
             : mode === "headers" ? await headers()
                                  : await client(args[0], args[1], args[2] === "true");
process.stdout.write(JSON.stringify(output));
