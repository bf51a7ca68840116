// Swagger UI over Mittari's OpenAPI document. A file of its own rather than an inline script: the content security
// policy every response carries (fi.mittari.web.SecurityHeadersFilter) allows scripts from Mittari's own files only.

// The roles of an operation are in its security requirement, which Swagger UI shows only as a lock: say them in words
// at the top of the operation's description as well.
function rolesInDescriptions() {
    const describe = function (operation) {
        if (!operation || !Array.isArray(operation.security)) {
            return;
        }
        const roles = operation.security.flatMap(function (requirement) {
            return Object.values(requirement).flat();
        });
        const who = operation.security.length === 0
            ? 'anyone, no token needed'
            : (roles.length === 0 ? 'any logged-in account' : roles.join(', '));
        operation.description = '**Roles:** ' + who + (operation.description ? '\n\n' + operation.description : '');
    };
    return {
        statePlugins: {
            spec: {
                wrapActions: {
                    updateJsonSpec: function (original) {
                        return function (spec) {
                            Object.values((spec && spec.paths) || {}).forEach(function (item) {
                                ['get', 'put', 'post', 'delete', 'patch'].forEach(function (method) {
                                    describe(item[method]);
                                });
                            });
                            return original(spec);
                        };
                    }
                }
            }
        }
    };
}

window.addEventListener('load', function () {
    SwaggerUIBundle({
        url: '/swagger/mittari.yml',
        dom_id: '#swagger-ui',
        deepLinking: true,
        tagsSorter: 'alpha',
        operationsSorter: 'alpha',
        validatorUrl: null,
        presets: [SwaggerUIBundle.presets.apis],
        plugins: [rolesInDescriptions],
        layout: 'BaseLayout'
    });
});
