// Copyright 2026 The Pronto Authors.
//
// Typing timing shared by the composer's tone check (a content script) and
// trainer mode (an ES module page, which imports this file for its effect):
// SETTLE_MS is the pause after which the word at the caret counts as
// finished, so what the core held back there ("ass" on the way to "assist")
// is checked. Classic script: sets globalThis.prontoTyping.
'use strict';

globalThis.prontoTyping ??= Object.freeze({ SETTLE_MS: 700 });
