# Portolan Azure network security group rule set: Tarantella remote access
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Network team
# Change ticket: CHG-1042
# Scope: one rule set per zone pair, firewall-relevant only. This file: DMZ -> Core servers, 4 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# One network security group per destination zone: associate it with that zone's subnet.
# A subnet takes one NSG: to combine zone-pair files for one zone, merge their rules (priorities never collide).
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

# Inbound to zone Core servers
resource "azurerm_network_security_group" "core-servers" {
  name                = "nsg-portolan-dmz-to-core-servers-core-servers"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R006: Used to connect to X and character applications using Secure SHell (SSH). (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Application server (apps1) in Core servers: 10.30.0.20
resource "azurerm_network_security_rule" "core-servers-r006" {
  name                        = "portolan-r006"
  description                 = "R006: Used to connect to X and character applications using Secure SHell... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}

# R007: Used to connect to Windows applications configured to use the Windows Terminal Services protocol. (Tarantella, Inc., "What ports does Tarantella use?", §
#   Ports used for connections between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Application server (apps1) in Core servers: 10.30.0.20
resource "azurerm_network_security_rule" "core-servers-r007" {
  name                        = "portolan-r007"
  description                 = "R007: Used to connect to Windows applications configured to use the Wind... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}

# R008: Used for connections between the primary Tarantella server and the Tarantella load balancing service running on an application server. (Tarantella, Inc.,
#   "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Application server (apps1) in Core servers: 10.30.0.20
resource "azurerm_network_security_rule" "core-servers-r008" {
  name                        = "portolan-r008"
  description                 = "R008: Used for connections between the primary Tarantella server and the... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3579"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}

# R009: Used to authenticate users and/or provide webtop content using LDAP. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections
#   between Tarantella servers and application servers)
# From Tarantella server (tta1) in DMZ: 10.20.0.10
# To Directory (ldap1) in Core servers: 10.30.0.5
resource "azurerm_network_security_rule" "core-servers-r009" {
  name                        = "portolan-r009"
  description                 = "R009: Used to authenticate users and/or provide webtop content using LDAP. (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "389"
  source_address_prefix       = "10.20.0.10"
  destination_address_prefix  = "10.30.0.5"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.core-servers.name
}
