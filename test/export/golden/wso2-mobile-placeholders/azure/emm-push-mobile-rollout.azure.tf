# Portolan Azure network security group rule set: EMM push "mobile" ${rollout} — ✨ عربى
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: O'Brien \ Mobile
# Change ticket: =HYPERLINK("http://example.invalid")
# Scope: every flow, firewall-relevant only. This file: all zones, 7 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# PLACEHOLDER ADDRESSES: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 are RFC 5737 documentation ranges that no network routes;
# they stand in for hosts that have no IP in the design. Replace each before loading these rules:
# 192.0.2.1 = EMM server evil 🚀 (emm-01)
# Warnings:
# - Rows left out because these endpoints are known only by their autonomous system and a rule needs prefixes: Firebase / Google Cloud Messaging (AS15169)
#   (R001-R003). Ask the network team for the prefixes the AS announces and give them as the component's IP or CIDR.
# - These addresses have host bits set; the rules use their network: 10.50.0.9/24 -> 10.50.0.0/24.
# - Placeholder addresses (RFC 5737 documentation ranges, never routed) stand in for hosts with no IP: EMM server evil 🚀 (emm-01) = 192.0.2.1. Replace them
#   before loading the rules.
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

# Inbound to zone Internet
resource "azurerm_network_security_group" "internet" {
  name                = "nsg-portolan-internet"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R004: TCP port used as a fallback on Wi-Fi, only when devices are unable to communicate to APNs on port 5223. (WSO2, WSO2 Administration Guide 4.4.x: "Default
#   Ports of WSO2 Products", § iOS:)
# From iPhones "fleet" line two in Devices # Wi-Fi */: 10.60.0.0/16
# To Apple Push Notification service in Internet: 17.0.0.0/8
resource "azurerm_network_security_rule" "internet-r004" {
  name                        = "portolan-r004"
  description                 = "R004: TCP port used as a fallback on Wi-Fi, only when devices are unable... (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "10.60.0.0/16"
  destination_address_prefix  = "17.0.0.0/8"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.internet.name
}

# R005: TCP port used by devices to communicate to APNs servers. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § iOS:)
# From iPhones "fleet" line two in Devices # Wi-Fi */: 10.60.0.0/16
# To Apple Push Notification service in Internet: 17.0.0.0/8
resource "azurerm_network_security_rule" "internet-r005" {
  name                        = "portolan-r005"
  description                 = "R005: TCP port used by devices to communicate to APNs servers. (WSO2, WSO2 Administration Guide 4.4.x: \"Default Ports...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5223"
  source_address_prefix       = "10.60.0.0/16"
  destination_address_prefix  = "17.0.0.0/8"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.internet.name
}

# PLACEHOLDER IP - R007: TCP port used to send notifications to APNs. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § iOS:)
# From EMM server evil 🚀 (emm-01) in Server 'farm': 192.0.2.1 (placeholder)
# To Apple Push Notification service in Internet: 17.0.0.0/8
resource "azurerm_network_security_rule" "internet-r007" {
  name                        = "portolan-r007"
  description                 = "PLACEHOLDER IP - R007: TCP port used to send notifications to APNs. (WSO2, WSO2 Administration Guide 4.4.x: \"Defau...)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "2195"
  source_address_prefix       = "192.0.2.1"
  destination_address_prefix  = "17.0.0.0/8"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.internet.name
}

# PLACEHOLDER IP - R008: TCP port used by the APNs feedback service. (WSO2, WSO2 Administration Guide 4.4.x: "Default Ports of WSO2 Products", § iOS:)
# From EMM server evil 🚀 (emm-01) in Server 'farm': 192.0.2.1 (placeholder)
# To Apple Push Notification service in Internet: 17.0.0.0/8
resource "azurerm_network_security_rule" "internet-r008" {
  name                        = "portolan-r008"
  description                 = "PLACEHOLDER IP - R008: TCP port used by the APNs feedback service. (WSO2, WSO2 Administration Guide 4.4.x: \"Defau...)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "2196"
  source_address_prefix       = "192.0.2.1"
  destination_address_prefix  = "17.0.0.0/8"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.internet.name
}

# PLACEHOLDER IP - R009: Name resolution "quoted" */ # not a comment (custom flow, no vendor reference)
# From EMM server evil 🚀 (emm-01) in Server 'farm': 192.0.2.1 (placeholder)
# To Google Public DNS in Internet: 8.8.4.4, 8.8.8.8
resource "azurerm_network_security_rule" "internet-r009" {
  name                         = "portolan-r009"
  description                  = "PLACEHOLDER IP - R009: Name resolution \"quoted\" */ # not a comment (custom flow, no vendor reference)"
  priority                     = 140
  direction                    = "Inbound"
  access                       = "Allow"
  protocol                     = "Udp"
  source_port_range            = "*"
  destination_port_range       = "53"
  source_address_prefix        = "192.0.2.1"
  destination_address_prefixes = ["8.8.4.4", "8.8.8.8"]
  resource_group_name          = var.resource_group_name
  network_security_group_name  = azurerm_network_security_group.internet.name
}

# Inbound to zone Server 'farm'
resource "azurerm_network_security_group" "server-farm" {
  name                = "nsg-portolan-server-farm"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# PLACEHOLDER IP - R006: Device sync -A FORWARD -j ACCEPT (custom flow, no vendor reference)
# From iPhones "fleet" line two in Devices # Wi-Fi */: 10.60.0.0/16
# To EMM server evil 🚀 (emm-01) in Server 'farm': 192.0.2.1 (placeholder)
resource "azurerm_network_security_rule" "server-farm-r006" {
  name                        = "portolan-r006"
  description                 = "PLACEHOLDER IP - R006: Device sync -A FORWARD -j ACCEPT (custom flow, no vendor reference)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "9443"
  source_address_prefix       = "10.60.0.0/16"
  destination_address_prefix  = "192.0.2.1"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.server-farm.name
}

# PLACEHOLDER IP - R010: Relay to EMM `whoami` $(id) (custom flow, no vendor reference)
# From MDM relay' -DisplayName 'x (relay) in Server 'farm': 10.50.0.0/24
# To EMM server evil 🚀 (emm-01) in Server 'farm': 192.0.2.1 (placeholder)
resource "azurerm_network_security_rule" "server-farm-r010" {
  name                        = "portolan-r010"
  description                 = "PLACEHOLDER IP - R010: Relay to EMM `whoami` $(id) (custom flow, no vendor reference)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "8280"
  source_address_prefix       = "10.50.0.0/24"
  destination_address_prefix  = "192.0.2.1"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.server-farm.name
}
