// /docs: Swagger UI over this server's OpenAPI description, from files this server serves.
/* global SwaggerUIBundle */
window.ui = SwaggerUIBundle({
  url: new URL("openapi.json", document.baseURI).href,
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
  // No "validate at swagger.io" badge: it would send the description to another host.
  validatorUrl: null,
});
