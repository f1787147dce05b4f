/* mdquiz answer keys in the page: derives a response's key exactly as the generator did, and opens locked
   explanations. Mirrors dev.mdquiz.generator.internal.key; the scheme is in docs/answer-keys.md. Web Crypto does
   the work where it exists; browsers hide crypto.subtle on insecure origins (plain http:// on a LAN address), so
   SHA-256, PBKDF2 and AES-GCM decryption are bundled too. */
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

  // AES-256 forward cipher; GCM decryption needs no inverse. The S-box is computed like K above.
  var SBOX = new Uint8Array(256);
  (function () {
    function rotl(x, s) { return ((x << s) | (x >> (8 - s))) & 0xff; }
    var p = 1, q = 1;
    do {
      p = (p ^ (p << 1) ^ (p & 0x80 ? 0x1b : 0)) & 0xff; // p times 3
      q = (q ^ (q << 1)) & 0xff; q = (q ^ (q << 2)) & 0xff; q = (q ^ (q << 4)) & 0xff; // q divided by 3
      if (q & 0x80) q ^= 0x09;
      SBOX[p] = q ^ rotl(q, 1) ^ rotl(q, 2) ^ rotl(q, 3) ^ rotl(q, 4) ^ 0x63;
    } while (p !== 1);
    SBOX[0] = 0x63;
  })();
  function xtime(b) { return ((b << 1) ^ (b & 0x80 ? 0x1b : 0)) & 0xff; }
  function expandKey(key) {
    var w = new Uint8Array(240);
    w.set(key);
    for (var i = 32, rcon = 1; i < 240; i += 4) {
      var t = Array.prototype.slice.call(w, i - 4, i);
      if (i % 32 === 0) { t = [SBOX[t[1]] ^ rcon, SBOX[t[2]], SBOX[t[3]], SBOX[t[0]]]; rcon = xtime(rcon); }
      else if (i % 32 === 16) t = t.map(function (b) { return SBOX[b]; });
      for (var j = 0; j < 4; j++) w[i + j] = w[i - 32 + j] ^ t[j];
    }
    return w;
  }
  function encryptBlock(w, input) {
    var s = input.slice(), i;
    for (i = 0; i < 16; i++) s[i] ^= w[i];
    for (var round = 1; round <= 14; round++) {
      var t = new Uint8Array(16);
      for (i = 0; i < 16; i++) t[i] = SBOX[s[(i + 4 * (i % 4)) % 16]]; // SubBytes and ShiftRows
      s = t;
      for (var c = 0; round < 14 && c < 16; c += 4) { // MixColumns
        var a0 = s[c], a1 = s[c + 1], a2 = s[c + 2], a3 = s[c + 3], x = a0 ^ a1 ^ a2 ^ a3;
        s[c] ^= x ^ xtime(a0 ^ a1); s[c + 1] ^= x ^ xtime(a1 ^ a2);
        s[c + 2] ^= x ^ xtime(a2 ^ a3); s[c + 3] ^= x ^ xtime(a3 ^ a0);
      }
      for (i = 0; i < 16; i++) s[i] ^= w[round * 16 + i];
    }
    return s;
  }
  function gfMultiply(x, y) {
    var z = new Uint8Array(16), v = y.slice();
    for (var i = 0; i < 128; i++) {
      if (x[i >> 3] & (0x80 >> (i & 7))) for (var j = 0; j < 16; j++) z[j] ^= v[j];
      var carry = v[15] & 1;
      for (j = 15; j > 0; j--) v[j] = (v[j] >> 1) | ((v[j - 1] & 1) << 7);
      v[0] = (v[0] >> 1) ^ (carry ? 0xe1 : 0);
    }
    return z;
  }
  // AES-256-GCM with a 12-byte IV and no additional data: the plaintext, or null when the tag does not match.
  function gcmOpenFallback(key, sealed) {
    var w = expandKey(key), h = encryptBlock(w, new Uint8Array(16)), ghash = new Uint8Array(16);
    var data = sealed.subarray(12, sealed.length - 16), plain = new Uint8Array(data.length);
    var counter = new Uint8Array(16), counterView = new DataView(counter.buffer);
    counter.set(sealed.subarray(0, 12));
    function absorb(block) {
      for (var j = 0; j < 16; j++) ghash[j] ^= block[j] || 0;
      ghash = gfMultiply(ghash, h);
    }
    for (var offset = 0; offset < data.length; offset += 16) {
      var block = data.subarray(offset, offset + 16);
      absorb(block);
      counterView.setUint32(12, offset / 16 + 2);
      var pad = encryptBlock(w, counter);
      for (var j = 0; j < block.length; j++) plain[offset + j] = block[j] ^ pad[j];
    }
    var lengths = new Uint8Array(16);
    new DataView(lengths.buffer).setUint32(12, data.length * 8);
    absorb(lengths);
    counterView.setUint32(12, 1);
    var mask = encryptBlock(w, counter), tag = sealed.subarray(sealed.length - 16), wrong = 0;
    for (j = 0; j < 16; j++) wrong |= ghash[j] ^ mask[j] ^ tag[j];
    return wrong ? null : plain;
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
  function gcmOpen(key, sealed) {
    var s = subtle();
    if (!s) return Promise.resolve(gcmOpenFallback(key, sealed));
    return s.importKey('raw', key, 'AES-GCM', false, ['decrypt']).then(function (aes) {
      return s.decrypt({ name: 'AES-GCM', iv: sealed.subarray(0, 12) }, aes, sealed.subarray(12));
    }).then(bytes, function () { return null; });
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
  // Resolves to the locked HTML when the shares (by part) are those of a correct response, else to null.
  function unlock(question, shares) {
    var sealed = Uint8Array.from(atob(question.getAttribute('data-lock') || ''), function (c) { return c.charCodeAt(0); });
    var parts = Object.keys(shares).sort();
    if (sealed.length <= 28 || parts.some(function (part) { return !shares[part]; })) return Promise.resolve(null);
    var text = parts.map(function (part) { return hex(shares[part]); }).join(',');
    return digest(encoder.encode(text)).then(function (key) { return gcmOpen(key, sealed); })
      .then(function (plain) { return plain && new TextDecoder().decode(plain); });
  }
  return { accept: accept, acceptOnGrid: acceptOnGrid, unlock: unlock };
})();
