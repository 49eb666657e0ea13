// Copyright 2026 The Pronto Authors.
//
// Defines <pronto-badge>. Embed with one line:
//   <script type="module" src="https://brand.example/widget/pronto-badge-define.js"></script>
// To use another tag name, import the class instead:
//   import { ProntoBadgeElement } from './pronto-badge.js';
//   ProntoBadgeElement.define('brand-badge');
import { ProntoBadgeElement } from './pronto-badge.js';

if (!customElements.get('pronto-badge')) ProntoBadgeElement.define();

export { ProntoBadgeElement };
