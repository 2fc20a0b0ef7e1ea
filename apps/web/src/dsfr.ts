// DSFR's behaviours (header menu on small screens, navigation, modal, password toggle), loaded
// after the first render so they stay out of the initial bundle. The core must come first: the
// components register themselves on the `window.dsfr` it creates. In its default mode DSFR
// observes the DOM, so elements Angular renders later are picked up too.
import '@gouvfr/dsfr/dist/core/core.module.min.js';
import '@gouvfr/dsfr/dist/component/navigation/navigation.module.min.js';
import '@gouvfr/dsfr/dist/component/modal/modal.module.min.js';
import '@gouvfr/dsfr/dist/component/header/header.module.min.js';
import '@gouvfr/dsfr/dist/component/password/password.module.min.js';
