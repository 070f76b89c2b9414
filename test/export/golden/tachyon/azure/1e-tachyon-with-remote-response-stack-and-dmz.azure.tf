# Portolan Azure network security group rule set: 1E Tachyon with remote response stack and DMZ
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: Endpoint management
# Change ticket: CHG-3310
# Scope: every flow, firewall-relevant only. This file: all zones, 15 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# Warnings:
# - Rows left out because these endpoints are known only by name and a rule needs addresses: 1E Cloud Services (R012). Give the provider's published address
#   ranges as the component's IP or CIDR.
# - Rows left out because they run between the members of one group of machines, which a network firewall never sees: 1E Clients (10.70.0.0/16) (R003). Host
#   firewalls on the members need them: the Windows, AWS and Kubernetes exports keep them.
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

# Inbound to zone Servers
resource "azurerm_network_security_group" "servers" {
  name                = "nsg-portolan-servers"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R001: Browsers connect to the 1E Catalog UI; anything other than port 80 requires the port number in the browser URL. (1E, "Communication Ports", § Tachyon
#   clients)
# From Administrators in Admin LAN: 10.71.0.0/24
# To Master stack (tachyon-m1) in Servers: 10.80.0.10
resource "azurerm_network_security_rule" "servers-r001" {
  name                        = "portolan-r001"
  description                 = "R001: Browsers connect to the 1E Catalog UI; anything other than port 80 requires th... (1E, \"Communication Ports\", § Tachyon clients)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "80"
  source_address_prefix       = "10.71.0.0/24"
  destination_address_prefix  = "10.80.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R002: Browsers connect to the Tachyon portal, API or SLA Platform UI; anything other than port 443 requires the port number in the browser URL. (1E,
#   "Communication Ports", § Tachyon clients)
# From Administrators in Admin LAN: 10.71.0.0/24
# To Master stack (tachyon-m1) in Servers: 10.80.0.10
resource "azurerm_network_security_rule" "servers-r002" {
  name                        = "portolan-r002"
  description                 = "R002: Browsers connect to the Tachyon portal, API or SLA Platform UI; anything other... (1E, \"Communication Ports\", § Tachyon clients)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "10.71.0.0/24"
  destination_address_prefix  = "10.80.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R004: Clients connect to the Background Channel (BackgroundChannelUrl=https:/<1EplatformFQDN>:<port>/Background). (1E, "Communication Ports", § Tachyon clients)
# From 1E Clients in Clients: 10.70.0.0/16
# To Response stack (tachyon-r1) in Servers: 10.80.0.11
resource "azurerm_network_security_rule" "servers-r004" {
  name                        = "portolan-r004"
  description                 = "R004: Clients connect to the Background Channel (BackgroundChannelUrl=https:/<1Eplat... (1E, \"Communication Ports\", § Tachyon clients)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "10.70.0.0/16"
  destination_address_prefix  = "10.80.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R005: Clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the clients. (1E, "Communication
#   Ports", § Tachyon clients)
# From 1E Clients in Clients: 10.70.0.0/16
# To Response stack (tachyon-r1) in Servers: 10.80.0.11
resource "azurerm_network_security_rule" "servers-r005" {
  name                        = "portolan-r005"
  description                 = "R005: Clients initiate and maintain a WebSocket Secure connection to a Switch, which... (1E, \"Communication Ports\", § Tachyon clients)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "4000"
  source_address_prefix       = "10.70.0.0/16"
  destination_address_prefix  = "10.80.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R006: WebSocket connection from the DMZ Server to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E, "Communication Ports", §
#   Firewall requirements for a Tachyon DMZ Server)
# From DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
# To Master stack (tachyon-m1) in Servers: 10.80.0.10
resource "azurerm_network_security_rule" "servers-r006" {
  name                        = "portolan-r006"
  description                 = "R006: WebSocket connection from the DMZ Server to the Tachyon Server (Ma... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 140
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3901"
  source_address_prefix       = "192.168.100.10"
  destination_address_prefix  = "10.80.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R007: The DMZ Server connects over HTTPS to the Tachyon Server (Response Stack). (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
# From DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
# To Response stack (tachyon-r1) in Servers: 10.80.0.11
resource "azurerm_network_security_rule" "servers-r007" {
  name                        = "portolan-r007"
  description                 = "R007: The DMZ Server connects over HTTPS to the Tachyon Server (Response... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 150
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "192.168.100.10"
  destination_address_prefix  = "10.80.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R013: The Consumer API connection to the Core, only used for remote Response Stacks. (1E, "Communication Ports", § Firewall requirements for a remote Tachyon
#   Response Stack)
# From Master stack (tachyon-m1) in Servers: 10.80.0.10
# To Response stack (tachyon-r1) in Servers: 10.80.0.11
resource "azurerm_network_security_rule" "servers-r013" {
  name                        = "portolan-r013"
  description                 = "R013: The Consumer API connection to the Core, only used for remote Resp... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 160
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "10.80.0.10"
  destination_address_prefix  = "10.80.0.11"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R014: Connects to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup. (1E, "Communication Ports", § Tachyon Servers)
# From Master stack (tachyon-m1) in Servers: 10.80.0.10
# To SQL Server (sql1) in Servers: 10.80.0.20
resource "azurerm_network_security_rule" "servers-r014" {
  name                        = "portolan-r014"
  description                 = "R014: Connects to the TachyonMaster database (SQLSERVER_MASTER); not configurable from Setup. (1E, \"Communication Ports\", § Tachyon Servers)"
  priority                    = 170
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "10.80.0.10"
  destination_address_prefix  = "10.80.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R015: If the TachyonMaster database is on a Named Instance, the SQL Browser service needs to be enabled to let the Tachyon Server determine the port in use;
#   open UDP port 1434 used by the SQL Browser. (1E, "Communication Ports", § Tachyon Servers)
# From Master stack (tachyon-m1) in Servers: 10.80.0.10
# To SQL Server (sql1) in Servers: 10.80.0.20
resource "azurerm_network_security_rule" "servers-r015" {
  name                        = "portolan-r015"
  description                 = "R015: If the TachyonMaster database is on a Named Instance, the SQL Browser service... (1E, \"Communication Ports\", § Tachyon Servers)"
  priority                    = 180
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "1434"
  source_address_prefix       = "10.80.0.10"
  destination_address_prefix  = "10.80.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R016: WebSocket connection from the Tachyon Server (Response Stack) to the Tachyon Server (Master Stack); configurable, but contact 1E for advice. (1E,
#   "Communication Ports", § Firewall requirements for a remote Tachyon Response Stack)
# From Response stack (tachyon-r1) in Servers: 10.80.0.11
# To Master stack (tachyon-m1) in Servers: 10.80.0.10
resource "azurerm_network_security_rule" "servers-r016" {
  name                        = "portolan-r016"
  description                 = "R016: WebSocket connection from the Tachyon Server (Response Stack) to t... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 190
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3901"
  source_address_prefix       = "10.80.0.11"
  destination_address_prefix  = "10.80.0.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# R017: Connects to the TachyonResponses database (SQLSERVER_RESPONSES) and, for a remote Response Stack, to the TachyonMaster database (SQLSERVER_MASTER); not
#   configurable from Setup. (1E, "Communication Ports", § Tachyon Servers)
# From Response stack (tachyon-r1) in Servers: 10.80.0.11
# To SQL Server (sql1) in Servers: 10.80.0.20
resource "azurerm_network_security_rule" "servers-r017" {
  name                        = "portolan-r017"
  description                 = "R017: Connects to the TachyonResponses database (SQLSERVER_RESPONSES) and, for a rem... (1E, \"Communication Ports\", § Tachyon Servers)"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "10.80.0.11"
  destination_address_prefix  = "10.80.0.20"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.servers.name
}

# Inbound to zone DMZ
resource "azurerm_network_security_group" "dmz" {
  name                = "nsg-portolan-dmz"
  location            = var.location
  resource_group_name = var.resource_group_name
}

# R008: Internet-facing clients connect over HTTPS to the DMZ Server, which hosts the Background Channel; configurable during installation (see Tachyon client
#   settings). (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
# From Roaming clients in Internet: 0.0.0.0/0
# To DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
resource "azurerm_network_security_rule" "dmz-r008" {
  name                        = "portolan-r008"
  description                 = "R008: Internet-facing clients connect over HTTPS to the DMZ Server, whic... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "0.0.0.0/0"
  destination_address_prefix  = "192.168.100.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R009: Internet-facing clients initiate and maintain a WebSocket Secure connection to a Switch, which the Switch uses to communicate back to the client; there
#   must be a matching Switch using the same port. (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
# From Roaming clients in Internet: 0.0.0.0/0
# To DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
resource "azurerm_network_security_rule" "dmz-r009" {
  name                        = "portolan-r009"
  description                 = "R009: Internet-facing clients initiate and maintain a WebSocket Secure c... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "4500"
  source_address_prefix       = "0.0.0.0/0"
  destination_address_prefix  = "192.168.100.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R010: The Tachyon Server (Master Stack) connects over HTTPS to the DMZ Server. (1E, "Communication Ports", § Firewall requirements for a Tachyon DMZ Server)
# From Master stack (tachyon-m1) in Servers: 10.80.0.10
# To DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
resource "azurerm_network_security_rule" "dmz-r010" {
  name                        = "portolan-r010"
  description                 = "R010: The Tachyon Server (Master Stack) connects over HTTPS to the DMZ S... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "10.80.0.10"
  destination_address_prefix  = "192.168.100.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}

# R011: Switch poke port: the Switch client port + 1 (if a Switch client port is 4000 then Switch poke port is 4001). (1E, "Communication Ports", § Firewall
#   requirements for a Tachyon DMZ Server)
# From Response stack (tachyon-r1) in Servers: 10.80.0.11
# To DMZ Switch (tachyon-dmz1) in DMZ: 192.168.100.10
resource "azurerm_network_security_rule" "dmz-r011" {
  name                        = "portolan-r011"
  description                 = "R011: Switch poke port: the Switch client port + 1 (if a Switch client p... (1E, \"Communication Ports\", § Firewall requirements fo...)"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "4501"
  source_address_prefix       = "10.80.0.11"
  destination_address_prefix  = "192.168.100.10"
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.dmz.name
}
