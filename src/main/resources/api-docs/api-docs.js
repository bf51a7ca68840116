// Swagger UI over Mittari's OpenAPI document. A file of its own rather than an inline script: the content security
// policy every response carries (fi.mittari.web.SecurityHeadersFilter) allows scripts from Mittari's own files only.
window.addEventListener('load', function () {
    SwaggerUIBundle({
        url: '/swagger/mittari.yml',
        dom_id: '#swagger-ui',
        deepLinking: true,
        tagsSorter: 'alpha',
        operationsSorter: 'alpha',
        validatorUrl: null,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout'
    });
});
