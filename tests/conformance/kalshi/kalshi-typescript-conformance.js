// Runs the official kalshi-typescript client against the Orion venue simulator: list markets, read a book,
// read the balance, place a signed V2 order and cancel it. Prints one JSON line with what it saw; exits 1 on any
// failure. Environment: KALSHI_BASE, KALSHI_KEY_ID, KALSHI_PRIVATE_KEY (path), KALSHI_TICKER.
'use strict';
const { Configuration, MarketApi, OrdersApi, PortfolioApi } = require('kalshi-typescript');

function need(condition, what) {
    if (!condition)
        throw new Error('conformance check failed: ' + what);
}

(async () => {
    const config = new Configuration({
        apiKey: process.env.KALSHI_KEY_ID,
        privateKeyPath: process.env.KALSHI_PRIVATE_KEY,
        basePath: process.env.KALSHI_BASE,
    });
    const ticker = process.env.KALSHI_TICKER;
    const market = new MarketApi(config);
    const orders = new OrdersApi(config);
    const portfolio = new PortfolioApi(config);

    const page = (await market.getMarkets(2)).data;
    need(Array.isArray(page.markets) && page.markets.length === 2, 'getMarkets returns a page of 2');
    need(typeof page.cursor === 'string' && page.cursor.length > 0, 'getMarkets returns a cursor');
    const next = (await market.getMarkets(2, page.cursor)).data;
    need(next.markets.length > 0 && next.markets[0].ticker !== page.markets[0].ticker, 'the cursor moves on');

    const book = (await market.getMarketOrderbook(ticker)).data.orderbook_fp;
    need(book && Array.isArray(book.yes_dollars) && book.yes_dollars.length > 0, 'orderbook_fp.yes_dollars');
    const bestYesBid = book.yes_dollars[book.yes_dollars.length - 1][0];

    const balance = (await portfolio.getBalance()).data;
    need(Number.isInteger(balance.balance), 'balance in integer cents');

    const created = (await orders.createOrderV2({
        ticker: ticker,
        side: 'bid',
        count: '2',
        price: '0.5000',
        time_in_force: 'good_till_canceled',
        self_trade_prevention_type: 'taker_at_cross',
        client_order_id: 'conformance-1',
    })).data;
    need(typeof created.order_id === 'string' && created.order_id.length > 0, 'createOrderV2 returns an order_id');
    need(created.remaining_count === '2.00', 'the order rests with 2.00 remaining');

    const cancelled = (await orders.cancelOrderV2(created.order_id)).data;
    need(cancelled.order_id === created.order_id && cancelled.reduced_by === '2.00', 'cancelOrderV2 reduces by 2.00');

    const order = (await orders.getOrder(created.order_id)).data.order;
    need(order.status === 'canceled', 'the order reads back as canceled');

    console.log(JSON.stringify({
        markets: page.markets.length + next.markets.length,
        bestYesBid: bestYesBid,
        balance: balance.balance,
        orderId: created.order_id,
        status: order.status,
    }));
})().catch((error) => {
    const detail = error.response ? error.response.status + ' ' + JSON.stringify(error.response.data) : String(error);
    console.error('kalshi-typescript conformance failed: ' + detail);
    process.exit(1);
});
