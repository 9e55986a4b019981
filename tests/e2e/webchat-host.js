// Web Chat over a local Direct Line, for the browser tests: one Express app on 127.0.0.1 that serves a page running
// botframework-webchat, mounts offline-directline's router at /directline, and relays the page's activities to the bot.
// offline-directline labels every activity channelId "emulator"; the real Direct Line service says "directline", so
// the relay sets that, as the bot would see it in production.
// Usage: node webchat-host.js <bot messaging endpoint>   Prints "Listening on http://127.0.0.1:<port>" when ready.
'use strict';
const path = require('path');
const http = require('http');
const express = require('express');
const { getRouter } = require('offline-directline');

const botUrl = process.argv[2];
if (!botUrl) {
  console.error('usage: node webchat-host.js <bot messaging endpoint>');
  process.exit(2);
}

const app = express();
const server = http.createServer(app);
server.listen(0, '127.0.0.1', () => {
  const origin = `http://127.0.0.1:${server.address().port}`;

  app.post('/relay', express.json({ limit: '1mb' }), async (req, res) => {
    const response = await fetch(botUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...req.body, channelId: 'directline' }),
    });
    res.status(response.status).send(await response.text());
  });
  app.get('/webchat.js', (req, res) =>
    res.sendFile(path.join(__dirname, '..', 'node_modules', 'botframework-webchat', 'dist', 'webchat.js')));
  app.get('/', (req, res) => res.sendFile(path.join(__dirname, 'webchat.html')));
  app.use(getRouter(origin, `${origin}/relay`));

  console.log(`Listening on ${origin}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
