//! The custom element and the JS API.
