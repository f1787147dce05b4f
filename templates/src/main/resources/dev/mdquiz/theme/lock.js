/* mdquiz locked explanations (reveal: on-correct): opens the explanation and feedback a correct response unlocks,
   with AES-256-GCM under a key made of the response's shares (docs/answer-keys.md), and puts them in place. A page
   carries this script only when a question on it is locked. It runs after keys.js and adds unlock to mdquizKeys,
   which quiz.js calls; browsers hide crypto.subtle on insecure origins (plain http:// on a LAN address), so AES-GCM
   decryption is bundled too. */
mdquizKeys.unlock = (function (keys) {
  'use strict';
  // AES-256 forward cipher; GCM decryption needs no inverse. The S-box is computed, not listed.
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

  function gcmOpen(key, sealed) {
    var s = window.crypto && window.crypto.subtle;
    if (!s) return Promise.resolve(gcmOpenFallback(key, sealed));
    return s.importKey('raw', key, 'AES-GCM', false, ['decrypt']).then(function (aes) {
      return s.decrypt({ name: 'AES-GCM', iv: sealed.subarray(0, 12) }, aes, sealed.subarray(12));
    }).then(function (plain) { return new Uint8Array(plain); }, function () { return null; });
  }
  // Resolves to the locked HTML when the shares (by part) are those of a correct response, else to null.
  function open(question, shares) {
    var sealed = Uint8Array.from(atob(question.getAttribute('data-lock') || ''), function (c) { return c.charCodeAt(0); });
    var parts = Object.keys(shares).sort();
    if (sealed.length <= 28 || parts.some(function (part) { return !shares[part]; })) return Promise.resolve(null);
    var text = parts.map(function (part) { return keys.hex(shares[part]); }).join(',');
    return keys.digest(new TextEncoder().encode(text)).then(function (key) { return gcmOpen(key, sealed); })
      .then(function (plain) { return plain && new TextDecoder().decode(plain); });
  }
  // Puts the question's explanation and each option's feedback in place and marks it data-unlocked when the
  // shares open its lock; resolves when done.
  return function unlock(question, shares) {
    if (question.hasAttribute('data-unlocked')) return Promise.resolve();
    return open(question, shares).then(function (html) {
      if (html === null || question.hasAttribute('data-unlocked')) return;
      var box = document.createElement('template');
      box.innerHTML = html;
      box.content.querySelectorAll('.option-feedback').forEach(function (feedback) {
        question.querySelector('input[value="' + feedback.getAttribute('data-option') + '"]').closest('.option').appendChild(feedback);
      });
      question.appendChild(box.content);
      question.setAttribute('data-unlocked', '');
    });
  };
})(mdquizKeys);
