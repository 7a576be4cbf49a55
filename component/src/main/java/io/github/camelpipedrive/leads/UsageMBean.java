/*
 * Copyright 2026 The camel-pipedrive-leads authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpipedrive.leads;

import javax.management.ObjectName;

import io.github.camelpipedrive.leads.client.UsageStatistics;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ManagementObjectNameStrategy;
import org.apache.camel.spi.ManagementStrategy;

/**
 * Registers a component's {@link UsageStatistics} in JMX as
 * {@code org.apache.camel:context=<context>,type=services,name=UsageStatistics(<component name>)}: the same name on
 * every start, where Camel's default name for a service carries an identity hash that changes on each run (so
 * monitoring that reads the MBean by name would break after a restart).
 */
final class UsageMBean {

    private UsageMBean() {
    }

    /** The registered name, or null when JMX is off (nothing to unregister then). */
    static ObjectName register(CamelContext context, UsageStatistics usage, String componentName) throws Exception {
        ManagementStrategy management = context.getManagementStrategy();
        ManagementObjectNameStrategy names = management == null ? null
                : management.getManagementObjectNameStrategy();
        if (names == null || management.getManagementAgent() == null) {
            return null;
        }
        ObjectName defaultName = names.getObjectNameForService(context, usage);
        // Camel's key order (context, type, name), as the other MBeans of the context are listed
        ObjectName name = new ObjectName(defaultName.getDomain() + ":context=" + defaultName.getKeyProperty("context")
                                         + ",type=" + defaultName.getKeyProperty("type") + ",name="
                                         + ObjectName.quote("UsageStatistics(" + componentName + ")"));
        management.getManagementAgent().register(usage, name);
        return name;
    }

    static void unregister(CamelContext context, Object name) throws Exception {
        ManagementStrategy management = context.getManagementStrategy();
        if (name instanceof ObjectName && management != null && management.getManagementAgent() != null) {
            management.getManagementAgent().unregister((ObjectName) name);
        }
    }
}
