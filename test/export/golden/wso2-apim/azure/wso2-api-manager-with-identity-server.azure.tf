# Portolan Azure network security group rule set: WSO2 API Manager with Identity Server
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Integration platform
# Change ticket: CHG-2077
# Scope: every flow, firewall-relevant only. This file: all zones, 8 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# Warnings:
# - Rows left out because the document gives no port number: R003 (A random TCP port opens at server startup because of the -Dcom.sun.management.jmxremote
#   property set in the server startup script, used for the JMX monitoring facility in JVM.: random TCP port opened at server startup; changes every start).
# - Rows left out because source and destination share no address family (IPv4/IPv6): R008 (IPv4 to IPv6); R009 (IPv4 to IPv6).
# One network security group per destination zone: associate it with that zone's subnet.
# Azure's default rules still allow VirtualNetwork and AzureLoadBalancer traffic in (priorities 65000-65001);
# add a deny rule below 4096 if these flows are to be the only ones.
# Each file is a self-contained Terraform configuration; keep each in its own folder.

variable "resource_group_name" {
  description = "The resource group that holds the network security groups"
  type        = string
}

variable "location" {
  description = "The Azure region of the network security groups"
  type        = string
}

# Inbound to zone Analytics
resource "azurerm_network_security_group" "analytics" {
  name                = "nsg-portolan-analytics"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R001: Publish Analytics to the API Manager Analytics server. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § API Manager)
# From API Manager (apim1) in API DMZ: 2001:db8:10::5
# To APIM Analytics (anl1) in Analytics: 2001:db8:20::7
resource "azurerm_network_security_rule" "analytics-r001-v6" {
  name                        = "portolan-r001-v6"
  description                 = "R001: Publish Analytics to the API Manager Analytics server. (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "7612"
  source_address_prefix       = "2001:db8:10::5"
  destination_address_prefix  = "2001:db8:20::7"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.analytics.name
}

# R002: Thrift SSL port for secure transport when publishing analytics to the API Manager Analytics server (7711 + Port offset of the APIM Analytics Server).
#   (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § API Manager)
# From API Manager (apim1) in API DMZ: 2001:db8:10::5
# To APIM Analytics (anl1) in Analytics: 2001:db8:20::7
resource "azurerm_network_security_rule" "analytics-r002-v6" {
  name                        = "portolan-r002-v6"
  description                 = "R002: Thrift SSL port for secure transport when publishing analytics to... (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "7711"
  source_address_prefix       = "2001:db8:10::5"
  destination_address_prefix  = "2001:db8:20::7"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.analytics.name
}

# R006: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration
#   Guide 4.4.x: "Default Ports of WSO2 Products", § JMX monitoring ports)
# From Monitoring (mon1) in Operations: 2001:db8:99::/64
# To APIM Analytics (anl1) in Analytics: 2001:db8:20::7
resource "azurerm_network_security_rule" "analytics-r006-v6" {
  name                        = "portolan-r006-v6"
  description                 = "R006: RMIServer port, used along with the RMIRegistry port when Carbon i... (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "9999"
  source_address_prefix       = "2001:db8:99::/64"
  destination_address_prefix  = "2001:db8:20::7"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.analytics.name
}

# R007: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2
#   Products", § JMX monitoring ports)
# From Monitoring (mon1) in Operations: 2001:db8:99::/64
# To APIM Analytics (anl1) in Analytics: 2001:db8:20::7
resource "azurerm_network_security_rule" "analytics-r007-v6" {
  name                        = "portolan-r007-v6"
  description                 = "R007: RMIRegistry port, used to monitor Carbon remotely from a JMX clien... (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "11111"
  source_address_prefix       = "2001:db8:99::/64"
  destination_address_prefix  = "2001:db8:20::7"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.analytics.name
}

# Inbound to zone API DMZ
resource "azurerm_network_security_group" "api-dmz" {
  name                = "nsg-portolan-api-dmz"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R004: RMIServer port, used along with the RMIRegistry port when Carbon is monitored from a JMX client that is behind a firewall. (WSO2, WSO2 Administration
#   Guide 4.4.x: "Default Ports of WSO2 Products", § JMX monitoring ports)
# From Monitoring (mon1) in Operations: 2001:db8:99::/64
# To API Manager (apim1) in API DMZ: 2001:db8:10::5
resource "azurerm_network_security_rule" "api-dmz-r004-v6" {
  name                        = "portolan-r004-v6"
  description                 = "R004: RMIServer port, used along with the RMIRegistry port when Carbon i... (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "10000"
  source_address_prefix       = "2001:db8:99::/64"
  destination_address_prefix  = "2001:db8:10::5"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.api-dmz.name
}

# R005: RMIRegistry port, used to monitor Carbon remotely from a JMX client such as JConsole. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2
#   Products", § JMX monitoring ports)
# From Monitoring (mon1) in Operations: 2001:db8:99::/64
# To API Manager (apim1) in API DMZ: 2001:db8:10::5
resource "azurerm_network_security_rule" "api-dmz-r005-v6" {
  name                        = "portolan-r005-v6"
  description                 = "R005: RMIRegistry port, used to monitor Carbon remotely from a JMX clien... (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "11112"
  source_address_prefix       = "2001:db8:99::/64"
  destination_address_prefix  = "2001:db8:10::5"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.api-dmz.name
}

# Inbound to zone Identity
resource "azurerm_network_security_group" "identity" {
  name                = "nsg-portolan-identity"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R010: Used in WSO2 products that provide an embedded LDAP server. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § LDAP server ports)
# From Partner applications in Partners: 172.16.0.0/12
# To Identity Server (is1) in Identity: 10.40.0.10
resource "azurerm_network_security_rule" "identity-r010" {
  name                        = "portolan-r010"
  description                 = "R010: Used in WSO2 products that provide an embedded LDAP server. (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "10389"
  source_address_prefix       = "172.16.0.0/12"
  destination_address_prefix  = "10.40.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.identity.name
}

# R011: ThriftEntitlementReceivePort. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § Identity Server)
# From Partner applications in Partners: 172.16.0.0/12
# To Identity Server (is1) in Identity: 10.40.0.10
resource "azurerm_network_security_rule" "identity-r011" {
  name                        = "portolan-r011"
  description                 = "R011: ThriftEntitlementReceivePort. (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports of WSO2 Products\", § Identity Server)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "10500"
  source_address_prefix       = "172.16.0.0/12"
  destination_address_prefix  = "10.40.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.identity.name
}
