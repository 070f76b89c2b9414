# Portolan Azure network security group rule set: Tarantella remote access
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Network team
# Change ticket: CHG-1042
# Scope: one rule set per zone pair, firewall-relevant only. This file: Core servers -> DMZ, 5 rule(s).
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

# Inbound to zone DMZ
resource "azurerm_network_security_group" "dmz" {
  name                = "nsg-portolan-core-servers-to-dmz-dmz"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R001: Used for client drive mapping services; the server binds to this port at start-up, whether or not client drive mapping services are currently enabled.
#   (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r001" {
  name                        = "portolan-r001"
  description                 = "R001: Used for client drive mapping services; the server binds to this p... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "139"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R002: Used to send print jobs from the application server to a Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports used for
#   connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r002" {
  name                        = "portolan-r002"
  description                 = "R002: Used to send print jobs from the application server to a Tarantell... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "515"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R003: Used to connect X applications with the protocol engines running on the Tarantella server. (Tarantella, Inc., "What ports does Tarantella use?", § Ports
#   used for connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r003" {
  name                        = "portolan-r003"
  description                 = "R003: Used to connect X applications with the protocol engines running o... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "6010-6019"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R004: Backup agent (site standard) (custom flow, no vendor reference)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r004" {
  name                        = "portolan-r004"
  description                 = "R004: Backup agent (site standard) (custom flow, no vendor reference)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "9000-9010"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R005: Used for connections between the Tarantella load balancing service running on an application server and the primary Tarantella server. (Tarantella, Inc.,
#   "What ports does Tarantella use?", § Ports used for connections between Tarantella servers and application servers)
# From Application server (apps1) in Core servers: 10.30.0.20
# To Tarantella server (tta1) in DMZ: 10.20.0.10
resource "azurerm_network_security_rule" "dmz-r005" {
  name                        = "portolan-r005"
  description                 = "R005: Used for connections between the Tarantella load balancing service... (Tarantella, Inc., \"What ports does Tarantella use?\",...)"
  priority                    = 140
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "3579"
  source_address_prefix       = "10.30.0.20"
  destination_address_prefix  = "10.20.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}
