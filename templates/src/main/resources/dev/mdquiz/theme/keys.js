/* mdquiz answer keys in the page: derives a response's key exactly as the generator did. Mirrors
   dev.mdquiz.generator.internal.key; the scheme is in docs/answer-keys.md. Web Crypto does the work where it
   exists; browsers hide crypto.subtle on insecure origins (plain http:// on a LAN address), so SHA-256 and PBKDF2
   are bundled too. lock.js opens locked explanations. */
var mdquizKeys = (function () {
  'use strict';
  var encoder = new TextEncoder();
  function subtle() { return window.crypto && window.crypto.subtle; }
  function bytes(buffer) { return new Uint8Array(buffer); }

  var K = [], H0 = [];
  (function () {
    function frac(x) { return ((x - Math.floor(x)) * 4294967296) | 0; }
    for (var n = 2; K.length < 64; n++) {
      var prime = true;
      for (var d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
      if (!prime) continue;
      if (H0.length < 8) H0.push(frac(Math.sqrt(n)));
      K.push(frac(Math.cbrt(n)));
    }
  })();
  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }
  var W = new Int32Array(64);
  // One SHA-256 block, the 16 words of `words` from `offset`, into the state h (8 words), in place.
  function compress(h, words, offset) {
    var t;
    for (t = 0; t < 16; t++) W[t] = words[offset + t];
    for (t = 16; t < 64; t++) {
      var a15 = W[t - 15], a2 = W[t - 2];
      W[t] = W[t - 16] + (ror(a15, 7) ^ ror(a15, 18) ^ (a15 >>> 3)) + W[t - 7] + (ror(a2, 17) ^ ror(a2, 19) ^ (a2 >>> 10));
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (t = 0; t < 64; t++) {
      var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
      var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
  }
  // SHA-256 of `data` as 8 words, continuing from `state` after `before` bytes (whole blocks) went into it:
  // HMAC starts every hash from one of its two padded-key states.
  function sha256(data, state, before) {
    var length = data.length, total = length + (before || 0), h = (state || H0).slice();
    var words = wordsOf(data, ((length + 72) >> 6) << 4);
    words[length >> 2] |= 0x80 << (24 - 8 * (length & 3));
    words[words.length - 2] = Math.floor(total / 0x20000000);
    words[words.length - 1] = total << 3;
    for (var offset = 0; offset < words.length; offset += 16) compress(h, words, offset);
    return h;
  }
  // Big-endian words of `data`, in an array of `size` words.
  function wordsOf(data, size) {
    var words = new Int32Array(size);
    for (var i = 0; i < data.length; i++) words[i >> 2] |= data[i] << (24 - 8 * (i & 3));
    return words;
  }
  function bytesOf(words) {
    var out = new Uint8Array(4 * words.length), view = new DataView(out.buffer);
    for (var i = 0; i < words.length; i++) view.setInt32(4 * i, words[i]);
    return out;
  }
  // PBKDF2-HMAC-SHA-256 with one 32-byte output block (RFC 8018).
  function pbkdf2Fallback(password, salt, iterations) {
    var key = new Uint8Array(64);
    key.set(password.length > 64 ? bytesOf(sha256(password)) : password);
    function keyState(pad) {
      var h = H0.slice();
      compress(h, wordsOf(key.map(function (b) { return b ^ pad; }), 16), 0);
      return h;
    }
    var inner = keyState(0x36), outer = keyState(0x5c);
    var first = new Uint8Array(salt.length + 4);
    first.set(salt);
    first[salt.length + 3] = 1;
    var u = sha256(bytesOf(sha256(first, inner, 64)), outer, 64), out = u.slice();
    // every later HMAC hashes 32 bytes after a 64-byte key block: one block each, with fixed padding
    var block = new Int32Array(16);
    block[8] = 0x80000000;
    block[15] = 96 * 8;
    for (var i = 1; i < iterations; i++) {
      var h = inner.slice();
      block.set(u);
      compress(h, block, 0);
      u = outer.slice();
      block.set(h);
      compress(u, block, 0);
      for (var j = 0; j < 8; j++) out[j] ^= u[j];
    }
    return bytesOf(out);
  }

  function digest(data) {
    var s = subtle();
    return s ? s.digest('SHA-256', data).then(bytes) : Promise.resolve(bytesOf(sha256(data)));
  }
  function pbkdf2(password, salt, iterations) {
    var s = subtle();
    if (!s) return Promise.resolve(pbkdf2Fallback(password, salt, iterations));
    return s.importKey('raw', password, 'PBKDF2', false, ['deriveBits']).then(function (key) {
      return s.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }, key, 256);
    }).then(bytes);
  }
  function hex(data) {
    var out = '';
    for (var i = 0; i < data.length; i++) out += (data[i] < 16 ? '0' : '') + data[i].toString(16);
    return out;
  }

  // The key material of one response part: a salted SHA-256, or PBKDF2 where the question asks for stretching.
  function derive(quizId, question, part, value) {
    var salt = question.getAttribute('data-salt');
    var text = encoder.encode([salt, quizId, question.getAttribute('data-question'), part, value].join('|'));
    var iterations = parseInt(question.getAttribute('data-iterations'), 10) || 0;
    return iterations > 1 ? pbkdf2(text, encoder.encode(salt), iterations) : digest(text);
  }
  // The first half of the material is the key in data-keys; the second half, never published, is the part's
  // share of the lock, unwrapped by the entry's wrap where the part has several accepted values.
  function lookup(question, material) {
    var key = hex(material.subarray(0, 16)), entries = (question.getAttribute('data-keys') || '').split(' ');
    for (var i = 0; i < entries.length; i++) {
      if (entries[i].slice(0, 32) !== key) continue;
      var share = material.slice(16);
      for (var j = 0; j < share.length && 32 + 2 * j < entries[i].length; j++) {
        share[j] ^= parseInt(entries[i].substr(32 + 2 * j, 2), 16);
      }
      return share;
    }
    return null;
  }
  // Resolves to the part's share when the value is accepted, else to null.
  function accept(quizId, question, part, value) {
    return derive(quizId, question, part, value).then(function (material) { return lookup(question, material); });
  }
  // A point of a numeric range's grid: stretched once per bucket of ten points, then hashed with the point.
  function acceptOnGrid(quizId, question, part, point) {
    return derive(quizId, question, part, '~' + Math.floor(point / 10)).then(function (bucket) {
      return digest(encoder.encode(hex(bucket) + '|' + point));
    }).then(function (material) { return lookup(question, material); });
  }
  // digest and hex are for lock.js, which adds unlock where a question is locked
  return { accept: accept, acceptOnGrid: acceptOnGrid, digest: digest, hex: hex };
})();
